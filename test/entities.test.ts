// Entities on the team's own news-style sentences: names joined across
// mentions, titles peeled off, demonyms left alone, figures and equipment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeDoc, DEFAULT_PIPELINE } from '../src/analyze.js';
import { getComponent, Pipeline } from '../src/pipeline/registry.js';
import { toLedger } from '../src/ledger/build.js';
import type { Ledger } from '../src/ledger/types.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../src/corpus/shared-texts.js';

/** The names of a ledger's entities of one type. */
const namesOf = (l: Ledger, type: string) => l.entities.filter((e) => e.type === type).map((e) => e.name);

// Entities need only the first stages; a pipeline of just those is what a user of the library would run.
const ENTITY_PIPELINE = new Pipeline(['tokenize', 'entities', 'places']);
const entitiesOf = (text: string) => toLedger(analyzeDoc(text, {}, ENTITY_PIPELINE));

const TEXT = [
  'Navy Capt. Elena Marsh, a spokeswoman for the Atlantic Fleet, said on Tuesday that more than 2,500 sailors had taken part.',
  'Marsh said the exercise used F-35 jets and HIMARS launchers supplied by Lockheed Martin.',
  'Polish officials and the Baltic Times reported that President Andrzej Duda attended.',
].join(' ');

test('a surname joins the fullest name, with the titles peeled off', () => {
  const l = entitiesOf(TEXT);
  const marsh = l.entities.filter((e) => e.type === 'person' && /Marsh/.test(e.name));
  assert.equal(marsh.length, 1);
  assert.equal(marsh[0]!.name, 'Elena Marsh');
  assert.equal(marsh[0]!.mentions.length, 2);
  assert.ok(l.entities.some((e) => e.type === 'person' && e.name === 'Andrzej Duda'));
});

test('organisations by their telling last word; demonyms are no entities', () => {
  const l = entitiesOf(TEXT);
  const orgs = namesOf(l, 'organization');
  assert.ok(orgs.includes('Atlantic Fleet'), orgs.join(', '));
  assert.ok(orgs.includes('Baltic Times'), orgs.join(', '));
  assert.ok(!l.entities.some((e) => e.name === 'Polish'));
});

test('figures keep their bound, model designators are equipment', () => {
  const l = entitiesOf(TEXT);
  assert.ok(l.entities.some((e) => e.type === 'quantity' && e.name === 'more than 2,500'));
  assert.ok(l.entities.some((e) => e.type === 'equipment' && e.name === 'F-35'));
  assert.ok(l.entities.some((e) => e.type === 'date' && /Tuesday/.test(e.name)));
});

test('a source with a rank and an appositive role is one person', () => {
  const l = analyze(TEXT);
  const s = l.sources.find((x) => x.name === 'Elena Marsh');
  assert.ok(s, l.sources.map((x) => x.name).join(', '));
  assert.equal(s.kind, 'person');
  assert.equal(s.mentions.length >= 2, true);
});

test('an office before a name describes the person: "Health Secretary …", "Secretary of Homeland Security …"', () => {
  const l = analyze([
    'Russian Foreign Minister Sergei Lavrov said the offer stood.',
    'Secretary of Homeland Security Kirstjen Nielsen said the border was secure.',
    'The Iranian Revolutionary Guard Corps said the drill had ended.',
  ].join('\n'));
  const persons = namesOf(l, 'person');
  assert.ok(persons.includes('Sergei Lavrov'), persons.join(' | '));
  assert.ok(persons.includes('Kirstjen Nielsen'), persons.join(' | '));
  assert.ok(!persons.some((p) => /Corps/.test(p)), 'a unit is no person');
  const lavrov = l.sources.find((s) => s.name === 'Sergei Lavrov');
  assert.equal(lavrov?.kind, 'person');
  assert.equal(lavrov?.role, 'Russian Foreign Minister');
  assert.equal(l.sources.find((s) => s.name === 'Kirstjen Nielsen')?.role, 'Secretary of Homeland Security');
});

test('in a title-case headline, a word the article writes in lower case is no part of a name', () => {
  const l = analyze([
    'Trump May Not Have Suggested A Registry, Aides Say',
    'Donald Trump may have been misunderstood, his aides said on Friday, and the registry was never a plan.',
  ].join('\n'));
  const names = l.entities.map((e) => e.name);
  assert.ok(!names.includes('Trump May'), names.join(' | '));
  assert.ok(l.entities.some((e) => e.type === 'person' && e.name === 'Donald Trump' && e.mentions.length === 2), JSON.stringify(l.entities));
});

test('an acronym of a name spelled out before is that name; "Institute for the Study of War" is one organisation', () => {
  const l = analyze([
    'The Institute for the Study of War, a Washington-based think tank, said the footage showed troops at the edge of the village.',
    'According to the ISW, the troops have advanced about 10 kilometres since August.',
  ].join('\n'));
  const isw = l.entities.filter((e) => /Institute|ISW/.test(e.name));
  assert.equal(isw.length, 1, JSON.stringify(isw));
  assert.equal(isw[0]!.name, 'Institute for the Study of War');
  assert.equal(isw[0]!.type, 'organization');
  assert.equal(isw[0]!.mentions.length, 2);
});

test('names written with letters beyond ASCII are persons too', () => {
  const l = entitiesOf('Novak Đoković, the tennis player, said he was fine. State Senator José Rodríguez said the bill failed. Zoë Ångström declined to comment.');
  const persons = namesOf(l, 'person');
  for (const name of ['Novak Đoković', 'José Rodríguez', 'Zoë Ångström']) assert.ok(persons.includes(name), `${name} in ${persons.join(', ')}`);
});

test('what the text says a name is wins over its form: "X, which …", "X, a … firm", "the newspaper X", "the X"', () => {
  const l = entitiesOf([
    'Harbour Line Logistics, which runs the container berths, said the cranes had stopped.',
    'Blue Ridge Analytics, a Boston-based data firm, said the figures were wrong.',
    'The state newspaper Vatan Sesi printed the decree on Monday.',
    'The Karlsbad Flood Response Team said on Monday that the river had crested.',
    'Maria Ostrova, who teaches law in Prague, said the ruling was narrow.',
  ].join('\n'));
  const type = (name: string) => l.entities.find((e) => e.name === name)?.type;
  assert.equal(type('Harbour Line Logistics'), 'organization');
  assert.equal(type('Blue Ridge Analytics'), 'organization');
  assert.equal(type('Vatan Sesi'), 'organization');
  assert.equal(type('Karlsbad Flood Response Team'), 'organization');
  assert.equal(type('Maria Ostrova'), 'person');
});

test('offices written around a name: a rank before and the office after it, "its spokeswoman", "who works at"', () => {
  const l = analyze([
    'Major Daniel Ferris, a spokesman for the Northern Command, said the convoy had been stopped.',
    "Norway's Fisheries Directorate rejected the report. Its spokeswoman, Ingrid Solberg, said the quotas had not changed.",
    'Tomas Lind, who studies shipping insurance at the Stockholm School of Economics, said premiums had doubled.',
    'Paula Greco, an economist at the Bank of Naples, said the slowdown would most likely last into spring.',
  ].join('\n'));
  const src = (name: string) => l.sources.find((s) => s.name === name);
  assert.match(src('Daniel Ferris')?.role ?? '', /spokesman/);
  assert.match(src('Daniel Ferris')?.affiliation ?? '', /Northern Command/);
  assert.equal(src('Ingrid Solberg')?.role, 'spokeswoman');
  assert.match(src('Ingrid Solberg')?.affiliation ?? '', /Fisheries Directorate/);
  assert.match(src('Tomas Lind')?.affiliation ?? '', /Stockholm School of Economics/);
  assert.equal(src('Paula Greco')?.role, 'economist');
  assert.match(src('Paula Greco')?.affiliation ?? '', /Bank of Naples/);
  const slowdown = l.claims.find((c) => /slowdown/.test(c.text));
  assert.ok(slowdown?.hedges.some((h) => h.text === 'most likely'), JSON.stringify(slowdown));
  assert.notEqual(slowdown?.certainty, 'certain');
});

test('appositions without an article or with a possessive give the office: "chairman of X", "X\'s editor", "the group\'s director"', () => {
  const l = analyze([
    'The Harbour Workers\' Federation rejected the plan. "We will strike," said Ole Brun, chairman of the Harbour Workers\' Federation.',
    '"The paper stands by its reporting," Lena Vik, Nordlys Avis\'s editor-in-chief, said on Friday.',
    'The Oslo Free Speech Institute condemned the arrest. "It is a warning to everyone," said Kari Dahl, the group\'s Europe director.',
    '"Demand will fall," said Per Holm, an analyst at Fjord Bank in Bergen.',
  ].join('\n'));
  const src = (name: string) => l.sources.find((s) => s.name === name);
  assert.equal(src('Ole Brun')?.role, 'chairman');
  assert.equal(src('Ole Brun')?.affiliation, "Harbour Workers' Federation");
  assert.equal(src('Lena Vik')?.role, 'editor-in-chief');
  assert.equal(src('Lena Vik')?.affiliation, 'Nordlys Avis');
  assert.equal(src('Kari Dahl')?.role, 'Europe director');
  assert.equal(src('Kari Dahl')?.affiliation, 'Oslo Free Speech Institute');
  assert.equal(src('Per Holm')?.affiliation, 'Fjord Bank');
  assert.equal(l.sources.find((s) => /Free Speech Institute/.test(s.name))?.kind ?? 'organization', 'organization');
});

test('hyphenated given names are one name; "the ministry" is the Ministry of …; a lower-case body before a role is the affiliation', () => {
  const l = analyze([
    "Lee Min-jun, a researcher at the Seoul-based Korea Defense Forum, said the launch failed. Russian-made parts were found.",
    "Fourteen ships were seen, Japan's Ministry of Defense said. The ministry added that none had entered its waters.",
    'Chinese commerce ministry spokesperson Shu Jueting said the talks would continue.',
  ].join('\n'));
  const persons = namesOf(l, 'person');
  assert.ok(persons.includes('Lee Min-jun'), persons.join(' | '));
  assert.ok(!persons.some((p) => /made/.test(p)), persons.join(' | '));
  assert.ok(!l.sources.some((s) => s.name === 'ministry'), l.sources.map((s) => s.name).join(' | '));
  assert.ok(l.sources.some((s) => /Ministry of Defense/.test(s.name)), l.sources.map((s) => s.name).join(' | '));
  assert.match(l.sources.find((s) => s.name === 'Shu Jueting')?.affiliation ?? '', /commerce ministry/);
});

test('names with particles, generations and hyphens; a company\'s short name; "X-based" places; Polish letters', () => {
  const l = analyze([
    'The mediator, Khalid bin Saud Al-Harbi, said the talks had resumed. Chief Kofi Mensah II said the river was dead.',
    'He accused Kestrelford Mining Ltd of dumping waste. Kestrelford said the samples were clean.',
    'A Wellington-based analyst said the Trans-Pacific Partnership was dead. Russian-made drones were seen near Bialowieza.',
  ].join('\n'));
  const type = (name: string) => l.entities.find((e) => e.name === name)?.type;
  assert.equal(type('Khalid bin Saud Al-Harbi'), 'person');
  assert.equal(type('Kofi Mensah II'), 'person');
  assert.equal(type('Kestrelford'), 'organization');
  assert.notEqual(type('Trans-Pacific Partnership'), 'person');
  assert.ok(!l.entities.some((e) => e.type === 'person' && /made/.test(e.name)));
  const place = (name: RegExp) => l.entities.find((e) => e.type === 'place' && name.test(e.name));
  assert.ok(place(/^Wellington$/)?.geo, JSON.stringify(l.entities.map((e) => e.name)));
  assert.equal(place(/^Bia.owie.a$/)?.geo?.country, 'PL');
});

test('more offices: a role before the name with its complement, "the company\'s chief executive", a demonym\'s country, a trade as role; a medium by the word before it', () => {
  const l = analyze([
    'A spokesperson for Varna District Court, Milena Petrova, confirmed that the hearing had been set for June.',
    'Blackridge Mining Ltd denied any discharge. The company\'s chief executive, Tom Ashby, told reporters the river was clean.',
    'Khalid Al-Thani, a Qatari minister of state, said the talks had resumed.',
    'The clip was posted by Rosa Lind, a Wellington-based wellness influencer with 400,000 followers, who said the bread was unsafe.',
    'The report was first published by the Sofia daily Dnevnik Vesti. Dnevnik Vesti also reported that the minister had resigned.',
  ].join('\n'));
  const src = (name: string) => l.sources.find((s) => s.name === name);
  assert.equal(src('Milena Petrova')?.affiliation, 'Varna District Court');
  assert.equal(src('Tom Ashby')?.affiliation, 'Blackridge Mining Ltd');
  assert.equal(src('Khalid Al-Thani')?.affiliation, 'Qatar');
  assert.match(src('Rosa Lind')?.role ?? '', /influencer/);
  assert.equal(src('Dnevnik Vesti')?.kind, 'media');
});

test('owners, relatives, time phrases and lower-case bodies: "The council\'s chair, X", "Y\'s daughter, X", "Last week the Sentinel", "a navy spokesperson"', () => {
  const l = analyze([
    'The Free Russia Exile Council said he had been abducted. The council\'s chair, Oleg Marin, said he was last seen on 2 March.',
    "Petrov's daughter, Anna Petrova, says she last spoke to her father on 4 March.",
    'Last week the Limassol Sentinel, citing flight records, reported that a jet had left for Minsk.',
    'Cdr Erik Dahl, a navy spokesperson, said the vessel had been identified.',
    'Omar al-Rashid, a spokesman for the Saudi-led coalition, denied the claim. Al-Rashid said no civilians were hit.',
  ].join('\n'));
  const src = (name: string) => l.sources.find((s) => s.name === name);
  assert.match(src('Oleg Marin')?.affiliation ?? '', /Exile Council/);
  assert.match(src('Anna Petrova')?.role ?? '', /daughter/);
  assert.equal(src('Limassol Sentinel')?.kind, 'media');
  assert.equal(src('Erik Dahl')?.affiliation, 'navy');
  assert.match(src('Omar al-Rashid')?.affiliation ?? '', /Saudi-led coalition/);
});

test('ranks as acronyms and companies\' legal forms; exonyms of places ("Seville", "Oromia")', () => {
  const l = analyze([
    'Police spokesman ASP Musa Bello confirmed the abduction.',
    "The ferry's operator, PT Nusantara Bahari Lines, said it was cooperating with investigators.",
    'Temperatures reached 46C in Seville, and fighting was reported in Oromia.',
  ].join('\n'));
  const type = (name: string) => l.entities.find((e) => e.name === name)?.type;
  assert.equal(type('Musa Bello'), 'person');
  assert.equal(type('PT Nusantara Bahari Lines'), 'organization');
  const placed = (word: string) => l.entities.find((e) => e.type === 'place' && e.mentions.some((m) => l.article.text.slice(m.start, m.end) === word));
  assert.equal(placed('Seville')?.geo?.country, 'ES');
  assert.equal(placed('Oromia')?.geo?.country, 'ET');
});

test('"Tovar" is "Ramón Tovar Urdaneta" but a headline\'s "X Y Beats" takes no surname; "University of the South Pacific"; "Al-Manar, the … television station"', () => {
  const l = analyze([
    'Underdog Conservative Claudia Benner Beats Establishment in Primary.',
    'Assemblywoman Claudia Benner defeated the party favourite. Benner said she was grateful.',
    'Interior Minister Ramón Tovar Urdaneta called the critics fascists. Tovar said the count was clean.',
    'Salote Naivalu, an oceanographer at the University of the South Pacific, said the sea would likely rise.',
    'Al-Manar, the Hezbollah-run television station, said civilians were killed.',
  ].join('\n'));
  const person = (name: string) => l.entities.find((e) => e.type === 'person' && e.name === name);
  assert.ok((person('Assemblywoman Claudia Benner') ?? person('Claudia Benner'))!.mentions.length >= 2, JSON.stringify(l.entities.map((e) => [e.name, e.mentions.length])));
  assert.equal(person('Ramón Tovar Urdaneta')?.mentions.length, 2);
  assert.equal(l.sources.find((s) => s.name === 'Salote Naivalu')?.affiliation, 'University of the South Pacific');
  assert.ok(l.sources.some((s) => s.name === 'Al-Manar'), l.sources.map((s) => s.name).join(' | '));
});

test('offices, continued: ", its director-general", "Its spokesperson, ASP …", "managing director of …", "who commands …", "a senior fellow at …", "Health Minister X"', () => {
  const l = analyze([
    'The European Magnet Users Association warned of shortages. "We cannot redesign a motor overnight," said Katrin Vogt, its director-general.',
    'Kaduna State Police Command confirmed the abduction. Its spokesperson, ASP Musa Bello, said 14 worshippers were taken.',
    'Chidi Okoro, managing director of the Abuja-based consultancy Sentinel Risk Advisory, said the video was probably staged.',
    "Commodore Faraj al-Tarhuni, who commands the Libyan coast guard's western sector, denied the claims.",
    'Rami Saleh, a senior fellow at the Levant Institute for Security Studies in Beirut, said the blasts appeared consistent with stored munitions.',
    'Health Minister Esteban Lozano rejected that figure.',
  ].join('\n'));
  const src = (name: string) => l.sources.find((s) => s.name === name);
  assert.match(src('Katrin Vogt')?.affiliation ?? '', /European Magnet Users Association/);
  assert.match(src('Musa Bello')?.affiliation ?? '', /Police/);
  assert.equal(src('Chidi Okoro')?.affiliation, 'Sentinel Risk Advisory');
  assert.match(src('Faraj al-Tarhuni')?.affiliation ?? '', /coast guard/);
  assert.match(src('Rami Saleh')?.affiliation ?? '', /Levant Institute/);
  assert.equal(src('Esteban Lozano')?.affiliation, 'Health');
});

test('two countries\' ministries stay two; a brand\'s capitals make an organisation ("YouTube", "PhilSA"), a surname\'s do not ("McCain")', () => {
  const l = analyze([
    "Armenia's Defence Ministry said four soldiers were killed. Azerbaijan's Defence Ministry said Armenian forces fired first.",
    'PhilSA said the debris fell into the sea. McCain said the agency was wrong.',
  ].join('\n'));
  const names = l.sources.map((s) => s.name);
  assert.ok(names.includes("Armenia's Defence Ministry") && names.includes("Azerbaijan's Defence Ministry"), names.join(' | '));
  assert.equal(l.entities.find((e) => e.name === 'PhilSA')?.type, 'organization');
  assert.equal(l.entities.find((e) => e.name === 'McCain')?.type, 'person');
});

test('a trade word that opens the sentence titles the name after it: "Farmer Josef Unterkofler", not "Father Emmanuel Muhindo"', () => {
  const farmer = entitiesOf('Farmer Josef Unterkofler says eleven of his sheep were killed.').entities;
  assert.ok(farmer.some((e) => e.type === 'person' && e.name === 'Josef Unterkofler'), JSON.stringify(farmer.map((e) => e.name)));
  const priest = entitiesOf('Father Emmanuel Muhindo said he had buried 12 of the victims.').entities;
  assert.ok(priest.some((e) => e.type === 'person' && /Muhindo/.test(e.name)), JSON.stringify(priest.map((e) => e.name)));
});

test('Burmese honorifics title a name: "U Kyaw Lin Oo", "Daw Khin Mar"', () => {
  const e = entitiesOf('The most senior official willing to speak was U Kyaw Lin Oo, and Daw Khin Mar Aye said the road was closed.').entities;
  const people = e.filter((x) => x.type === 'person').map((x) => x.name);
  assert.ok(people.includes('Kyaw Lin Oo') && people.some((n) => /^Khin Mar/.test(n)), JSON.stringify(people));
});

test('a name that a company\'s name opens is its product, not a person; the company\'s other mentions stay the company', () => {
  const l = analyze([
    'Belgian baby food maker Nutrilys has recalled tins of Nutrilys Premier 1, its best-selling formula.',
    'Nutrilys denied that any other batch was affected.',
    "Marc Delvaux, the company's chief executive, said only one batch had tested positive.",
  ].join(' ') + '\n');
  const types = l.entities.filter((e) => /Nutrilys/.test(e.name)).map((e) => `${e.type}:${e.name}`);
  assert.ok(types.includes('organization:Nutrilys') && !types.some((t) => t.startsWith('person:')), JSON.stringify(types));
  assert.equal(l.sources.find((s) => s.name === 'Marc Delvaux')?.affiliation, 'Nutrilys', JSON.stringify(l.sources));
});

test('"the Guards", "the Post" after the one organisation whose name ends so are that organisation; with two such names, neither', () => {
  const l = analyze("Iran's Revolutionary Guards said they had seized the tanker. The Guards provided no evidence. The Washington Post reported the seizure first, and the Post later said the crew was safe.\n");
  const orgs = l.entities.filter((e) => e.type === 'organization').map((e) => `${e.name}:${e.mentions.length}`);
  assert.ok(orgs.includes('Revolutionary Guards:2') && orgs.includes('Washington Post:2'), JSON.stringify(orgs));
  const two = analyze('The New York Times and the Financial Times both reported the deal. The Times said talks had stalled.\n');
  assert.ok(!two.entities.some((e) => e.type === 'organization' && /New York|Financial/.test(e.name) && e.mentions.length > 1), JSON.stringify(two.entities.map((e) => [e.name, e.mentions.length])));
});

test('a name that ends in a company\'s word is a company ("Halvorsen Gulf Marine"), not a person; "Michael Gold" stays a person', () => {
  const l = analyze('Four tankers operated by Halvorsen Gulf Marine went dark. Halvorsen Gulf Marine denied any wrongdoing. Michael Gold, a lawyer, said the case was weak.\n');
  const types = l.entities.map((e) => `${e.type}:${e.name}`);
  assert.ok(types.includes('organization:Halvorsen Gulf Marine') && types.includes('person:Michael Gold'), JSON.stringify(types));
  // (… and its shorter form: "Obsidian Shield" after "Obsidian Shield Consulting".)
  const short = analyze('Fighters were paid by Obsidian Shield Consulting, a security firm. The aircraft were chartered by companies that share directors with Obsidian Shield.\n');
  assert.ok(!short.entities.some((e) => e.type === 'person' && /Obsidian/.test(e.name)), JSON.stringify(short.entities.map((e) => `${e.type}:${e.name}`)));
});

test('a plural\'s possessive inside an institution\'s name keeps the name whole ("People\'s Administration", "Citizens\' Mining Watch"), not "the people\'s anger"', () => {
  const l = analyze("The Kalay District People's Administration claimed 31 people had been killed. Citizens' Mining Watch put the number of affected farmers at 112. The people's anger was clear.\n");
  const orgs = namesOf(l, 'organization');
  assert.ok(orgs.includes("Kalay District People's Administration") && orgs.includes("Citizens' Mining Watch"), JSON.stringify(orgs));
  assert.ok(!orgs.some((n) => /anger/.test(n)), JSON.stringify(orgs));
});

test('names in other languages keep their connectors ("des", "del", "de la", "y"); an institution word opens an organisation; a prefix opens a hyphenated name', () => {
  const l = analyze([
    'The federal accident investigators, the Sicherheitsuntersuchungsstelle des Bundes, said a team was at the site.',
    'Diario del Noreste reported that the contract was extended.',
    'The Centro de Derechos Humanos Tierra y Dignidad said the men were unarmed, and Juan de la Cruz said he saw them.',
    'Inter-Services Public Relations did not respond to requests for comment.',
  ].join(' '));
  const named = (type: string) => l.entities.filter((e) => e.type === type).map((e) => e.name);
  for (const org of ['Sicherheitsuntersuchungsstelle des Bundes', 'Diario del Noreste', 'Centro de Derechos Humanos Tierra y Dignidad', 'Inter-Services Public Relations']) {
    assert.ok(named('organization').includes(org), `${org} in ${named('organization').join(', ')}`);
  }
  assert.ok(named('person').includes('Juan de la Cruz'), named('person').join(', '));
  assert.equal(l.sources.find((s) => s.name === 'Diario del Noreste')?.kind, 'media');
});

test('a list of fields in an institution\'s name; a word of that list is no town; "who" past a place; "its latest release"; "the tabloid"; "the statement said"', () => {
  const l = analyze([
    'The Department of Agriculture, Food and the Marine said the herd was culled. The Foreign, Commonwealth and Development Office said it was monitoring the situation.',
    'An engineer in neighbouring Kerry County, who asked not to be named, said the pumps had failed.',
    'The Department of Enterprise, Trade and Employment said exports fell.',
    'The Central Bureau of Statistics publishes a quarterly survey of the labour market. According to its latest release, the jobless rate rose to 4.1 per cent.',
    'On Monday the Vienna daily Kurier reported that the bridge had been closed for weeks. The tabloid said 40 lorries a day had been diverted.',
    'In a statement released on Friday, the Lisbon port authority said the crane had been inspected in May. "No fault was found," the statement said.',
  ].join('\n'));
  const orgs = namesOf(l, 'organization');
  assert.ok(orgs.includes('Department of Agriculture, Food and the Marine') || orgs.some((o) => /Agriculture, Food and the Marine/.test(o)), JSON.stringify(orgs));
  assert.ok(orgs.some((o) => /Foreign, Commonwealth and Development Office/.test(o)), JSON.stringify(orgs));
  assert.ok(orgs.includes('Department of Enterprise, Trade and Employment'), JSON.stringify(orgs));
  // (Enterprise, Nevada is no place of this text: a comma after a town qualifies it only before a wider unit.)
  assert.ok(!l.entities.some((e) => e.type === 'place' && e.name === 'Enterprise'));
  const sourceOf = (content: RegExp) => {
    const c = l.claims.find((x) => content.test(x.text));
    return c?.sources.map((id) => l.sources.find((s) => s.id === id)?.name).join(' | ');
  };
  assert.match(sourceOf(/pumps had failed/) ?? '', /engineer/);
  assert.match(sourceOf(/jobless rate/) ?? '', /Central Bureau of Statistics/);
  assert.match(sourceOf(/40 lorries/) ?? '', /Kurier/);
  assert.match(sourceOf(/No fault was found/) ?? '', /port authority/);
});

test('offices in a relative clause and before a name: "who coordinates X", "who worked as a data officer", "The mayor of a neighbouring commune, NAME", "Opposition councillor NAME"; a gerund denied answers the claim that does it', () => {
  const l = analyze([
    'Ama Serwaa, who coordinates the Tamale Food Bank network, said the shelves were empty by noon.',
    'Tomasz Wrobel, who worked as a shift supervisor at Baltic Freight until March, claims the logs were altered.',
    'The mayor of a neighbouring district, Joseph Kiprono, told reporters that two bridges had collapsed.',
    'Opposition councillor Ines Duarte said the tender had been rigged.',
    'A local radio station reported that four drivers had been fired after the strike. Harbour Haulage denied firing anyone over the strike.',
  ].join('\n'));
  const src = (name: string) => l.sources.find((s) => s.name === name);
  assert.equal(src('Ama Serwaa')?.role, 'coordinator');
  assert.match(src('Ama Serwaa')?.affiliation ?? '', /Tamale Food Bank/);
  assert.equal(src('Tomasz Wrobel')?.role, 'shift supervisor');
  assert.equal(src('Joseph Kiprono')?.role, 'mayor');
  assert.match(src('Ines Duarte')?.role ?? '', /councillor/);
  const fired = l.claims.find((c) => /four drivers had been fired/.test(c.text));
  assert.ok(fired?.verification.some((v) => v.status === 'denied' && l.sources.find((s) => s.id === v.by)?.name === 'Harbour Haulage'), JSON.stringify(fired));
});

test('a source mention cut at its participle starts with the people it describes ("[Residents] reached by phone in Kayes said")', async () => {
  const { SourceResolver } = await import('../src/layers/sources.js');
  const text = 'Residents reached by phone in Kayes said they heard gunfire through the night.\n';
  const d = analyzeDoc(text, {});
  const r = new SourceResolver(d);
  const at = text.indexOf('reached by phone in Kayes');
  const [id] = r.resolve({ start: at, end: at + 'reached by phone in Kayes'.length });
  assert.match(r.sources.find((s) => s.id === id)?.name ?? '', /^Residents reached by phone in Kayes$/);
});

test('an organisation\'s short form is the kind of body its full name says: "the FDA" after "the US Food and Drug Administration", ", MARINA,"', () => {
  const l = analyze([
    'The recall follows a warning letter the US Food and Drug Administration sent in May. The FDA said the plant had deleted test results.',
    'The mayor asked the Maritime Industry Authority, MARINA, to review the permits. MARINA said it would inspect the ferry.',
  ].join('\n'));
  const kind = (name: string) => l.sources.find((s) => s.name === name)?.kind;
  assert.equal(kind('FDA'), 'government');
  assert.equal(kind('MARINA'), 'government');
  assert.ok(l.entities.some((e) => e.type === 'organization' && e.name === 'US Food and Drug Administration'));
});

test('a name right after the noun that introduces it is the source: "the short-video platform Vidlo", "the consulting firm Halden Economics"; not "a producer for Yahoo Studios"', () => {
  const l = analyze([
    'The short-video platform Vidlo said on Wednesday that it had removed 612 accounts.',
    'The consulting firm Halden Economics estimated that 40,000 jobs were at risk.',
  ].join('\n'));
  const names = l.sources.map((s) => s.name);
  assert.ok(names.includes('Vidlo'), JSON.stringify(names));
  assert.ok(names.includes('Halden Economics'), JSON.stringify(names));
});

test('a name whose last word reads as a verb ("Tin Tuc Thu Do, a local news website") is whole; a watchdog is no medium ("Baltic Press Watch")', () => {
  const l = analyze([
    'According to Tin Tuc Thu Do, a local news website, the clip was filmed in 2023.',
    'Baltic Press Watch, a press-freedom group based in Riga, said three reporters had been detained.',
  ].join('\n'));
  const src = (name: string) => l.sources.find((s) => s.name === name);
  assert.equal(src('Tin Tuc Thu Do')?.kind, 'media', JSON.stringify(l.sources.map((s) => s.name)));
  assert.equal(src('Baltic Press Watch')?.kind, 'organization');
});

test('estimates and who gives them: "he said, putting his own estimate closer to 7 million"; a trader "speaking on condition of anonymity" is an anonymous person; "In a statement posted on X, the company said" is the company\'s', () => {
  const l = analyze([
    'A Rotterdam-based oil trader, speaking on condition of anonymity, said the figures looked high. "It is possible, but at the very top end," he said, putting his own estimate closer to 4 million barrels.',
    'In a statement posted on its website, the company said its plants were running normally.',
  ].join('\n'));
  const trader = l.sources.find((s) => /trader/.test(s.name));
  assert.equal(trader?.kind, 'person');
  assert.equal(trader?.anonymous, true);
  const estimate = l.claims.find((c) => /4 million barrels/.test(c.text));
  assert.deepEqual(estimate?.sources, [trader!.id], JSON.stringify(l.claims.map((c) => [c.text, c.sources])));
  assert.ok(!l.attributions.some((a) => /posted on/.test(l.article.text.slice(a.cue.start, a.cue.end))));
});

test('"the group" is the organisation an apposition called a group ("The Delta Rivers Coalition …, a Port Harcourt-based group, …")', async () => {
  const { SourceResolver } = await import('../src/layers/sources.js');
  const text = 'The Delta Rivers Coalition for Environmental Justice, a Port Harcourt-based group, said its analysis of radar images showed a slick covering roughly 160 square kilometres. '
    + 'Its director, Ada Obi, insisted the company\'s figure "does not survive contact with the images". The slick appeared to be drifting east, the group added.\n';
  const d = analyzeDoc(text, {});
  const r = new SourceResolver(d);
  const name = (phrase: string, from = 0) => {
    const at = text.indexOf(phrase, from);
    const [id] = r.resolve({ start: at, end: at + phrase.length });
    return r.sources.find((s) => s.id === id)?.name;
  };
  // (The tagger's speaker is the apposition.)
  assert.equal(name('a Port Harcourt-based group,'), 'Delta Rivers Coalition for Environmental Justice');
  assert.equal(name('the group', text.indexOf('drifting')), 'Delta Rivers Coalition for Environmental Justice');
});

test('verification: "X said the cause of the blackout had not been formally confirmed" leaves X\'s claim unconfirmed', () => {
  const l = analyze('The regional grid operator said the cause of the blackout had not been formally confirmed and that engineers would inspect the line on Friday.\n');
  const c = l.claims.find((x) => /cause of the blackout/.test(x.text));
  assert.ok(c?.verification.some((v) => v.status === 'not-confirmed'), JSON.stringify(l.claims.map((x) => [x.text, x.verification])));
});

test('"Its editor, X" after "The site …" is the editor of the site named in the sentence before', () => {
  const l = analyze('Old clip shared as new landslide\n\nRiau Kini, a regional news website, embedded the clip in an article. The site later updated the story. Its editor, Budi Santoso, told reporters the footage had been "sent by a reader in the area".\n');
  const s = l.sources.find((x) => x.name === 'Budi Santoso');
  assert.equal(s?.role, 'editor');
  assert.equal(s?.affiliation, 'Riau Kini');
});

test('"According to the paper, an officer wrote that … and warned that …": both reports reach the article through the paper, the newspaper named before', () => {
  const l = analyze([
    'Library closure disputed',
    '',
    'However, an internal email seen by the Wem Valley Chronicle appears to contradict that figure. According to the paper, a senior property officer wrote to colleagues in October that a survey had put the cost of the work at around £420,000, and warned that a larger estimate would make the options paper simpler.',
  ].join('\n'));
  const name = (id: string) => l.sources.find((s) => s.id === id)?.name;
  for (const re of [/around £420,000/, /larger estimate/]) {
    const c = l.claims.find((x) => re.test(x.text) && x.sources.length > 1);
    assert.equal(c && name(c.sources[0]!), 'Wem Valley Chronicle', JSON.stringify(l.claims.map((x) => [x.text, x.sources.map(name)])));
  }
});

test('a name the POS tagger read as a verb right after the noun that introduces it is a name ("the Norwegian daily Nordvakten"); a title\'s verb is not ("Keep Working")', () => {
  const text = 'The test failed, according to an assessment reported by the Norwegian daily Nordvakten on Tuesday. Supporters carried banners reading Keep Working.\n';
  const d = analyzeDoc(text, {}, new Pipeline(['tokenize']));
  // (As the POS tagger read such a word in a real article, by its ending: a verb.)
  for (const t of d.tokens) if (t.text === 'Nordvakten' || t.text === 'Keep') t.pos = 'VERB';
  getComponent('entities').run(d);
  const orgs = d.entities.filter((e) => e.type === 'organization').map((e) => e.name);
  assert.ok(orgs.includes('Nordvakten'), JSON.stringify(orgs));
  assert.ok(!orgs.includes('Keep'));
});

test('"Dennis Kariuki of Bluewave Talent" is a person and whom he works for; "the Joint Chiefs of Staff", "Thalassa Bunkering of Piraeus" and "the weekly Asia-Sharq" are one name each', () => {
  const l = analyze([
    'Fuel rumour',
    'Dennis Kariuki of Bluewave Talent said the influencer stood by the video.',
    "South Korea's Joint Chiefs of Staff said the missile flew 600 km.",
    'One of the affiliates, Thalassa Bunkering of Piraeus, could not be reached.',
    'Donald Hartley of Madison, Alabama, said the rally was fantastic.',
    'The Dushanbe weekly Asia-Sharq reported that the fire was an accident.',
  ].join('\n'));
  const named = (type: string) => l.entities.filter((e) => e.type === type).map((e) => e.name);
  assert.ok(named('person').includes('Dennis Kariuki'), JSON.stringify(l.entities.map((e) => [e.type, e.name])));
  assert.ok(named('organization').some((n) => /Joint Chiefs of Staff/.test(n)), JSON.stringify(named('organization')));
  assert.ok(named('organization').some((n) => /Thalassa Bunkering of Piraeus/.test(n)), JSON.stringify(named('organization')));
  // (A hyphenated name right after the noun that introduces it is one name.)
  assert.ok(named('organization').includes('Asia-Sharq'), JSON.stringify(named('organization')));
  const speakers = l.sources.map((s) => [s.name, s.kind]);
  assert.ok(speakers.some(([n, k]) => n === 'Dennis Kariuki' && k === 'person'), JSON.stringify(speakers));
  assert.ok(speakers.some(([n, k]) => n === 'Donald Hartley' && k === 'person'), JSON.stringify(speakers));
});

test('dates with the day first: "28 March", "3 April 2019" (and no organisation called "March")', () => {
  const l = analyze('Branch closure\nThe branch will close on 28 March, the bank said. It opened on 3 April 2019 and was renovated on March 28, 2021.\n');
  const dates = namesOf(l, 'date');
  for (const d of ['28 March', '3 April 2019', 'March 28, 2021']) assert.ok(dates.includes(d), JSON.stringify(dates));
  assert.ok(!l.entities.some((e) => e.type === 'organization' && e.name === 'March'));
});

test('events: "Cyclone Idai", "the Tour de France", "the Africa Cup of Nations", "the Public Official Election Act"; a body is none, "the National Episcopal Conference of Congo"', () => {
  const l = analyze([
    'Events',
    'Cyclone Idai destroyed the town, and the Tour de France was cancelled.',
    'The stadium was built for the Africa Cup of Nations under the Public Official Election Act.',
    'The National Episcopal Conference of Congo said turnout was low.',
  ].join('\n'));
  const events = namesOf(l, 'event');
  for (const e of ['Cyclone Idai', 'Tour de France', 'Africa Cup of Nations', 'Public Official Election Act']) assert.ok(events.includes(e), JSON.stringify(events));
  assert.ok(!events.some((e) => /Episcopal/.test(e)));
});

test('institutions: "the Ethics and Anti-Corruption Commission", "Tele Sahel", "Frigorífico Pampa Sur"', () => {
  const l = analyze([
    'Institutions',
    'Activists asked the Ethics and Anti-Corruption Commission to investigate.',
    'Reading from a sheet of paper on Tele Sahel, an officer said the army had taken control.',
    'A worker at Frigorífico Pampa Sur in Rosario died on Monday.',
  ].join('\n'));
  const orgs = namesOf(l, 'organization');
  for (const o of ['Ethics and Anti-Corruption Commission', 'Tele Sahel', 'Frigorífico Pampa Sur']) assert.ok(orgs.includes(o), JSON.stringify(orgs));
});

test('a name the words around it place is a place, though no gazetteer knows it: "the rural commune of Konna", "southwest of Sumayrah", "the Nukhaylah district"', () => {
  const l = analyze([
    'Places',
    'Soldiers entered the rural commune of Konna on Friday. A ship was hit 30 nautical miles southwest of Sumayrah early on Sunday.',
    'A resident of the Nukhaylah district said the power had failed. The site headlined its story "Entire village buried".',
  ].join('\n'));
  const places = namesOf(l, 'place');
  for (const p of ['Konna', 'Sumayrah', 'Nukhaylah']) assert.ok(places.includes(p), JSON.stringify(places));
  assert.ok(!places.includes('Entire'), JSON.stringify(places));
});

test('ships are equipment: "the Comoros-flagged Sahar Pearl", "the BRP Malabrigo", "the captain of the Ondina"; not "the owner of the Woodmont Country Club"', () => {
  const l = analyze([
    'Ships at sea',
    'Coast guards boarded the Comoros-flagged Sahar Pearl on Monday.',
    'A spokesman said the BRP Malabrigo had been rammed.',
    'The captain of the Ondina said 40 people were missing.',
    'The owner of the Woodmont Country Club, Mark Schmidt, faced opposition.',
  ].join('\n'));
  const equipment = namesOf(l, 'equipment');
  assert.deepEqual(equipment.sort(), ['Malabrigo', 'Ondina', 'Sahar Pearl']);
});

test('a name whose last word the POS tagger read as a verb, after the noun that introduces it, is whole ("channel City Focus"), and "which" after it is that name', () => {
  const text = 'Airport flooding\nThose numbers differ from a report by the Lahore-based channel City Focus, which said on Tuesday that 11 flights had been diverted.\n';
  const d = analyzeDoc(text, {}, new Pipeline(['tokenize']));
  // (As the POS tagger read them in a real article: a common noun and a verb.)
  for (const t of d.tokens) if (t.text === 'City') t.pos = 'NOUN'; else if (t.text === 'Focus') t.pos = 'VERB';
  for (const name of DEFAULT_PIPELINE.slice(1)) getComponent(name).run(d);
  assert.ok(d.entities.some((e) => e.type === 'organization' && e.name === 'City Focus'), JSON.stringify(d.entities.map((e) => e.name)));
  const flights = d.claims.find((c) => c.span.some((x) => /11 flights/.test(d.slice(x))));
  assert.ok(flights?.sources.some((id) => d.sources.find((s) => s.id === id)?.name === 'City Focus'), JSON.stringify(d.sources.map((s) => s.name)));
});

test('a legislator\'s party and state are no part of the source\'s name: "Rep. Brad Sherman (D-Calif.) said"', () => {
  const l = analyze([
    'Rep. Brad Sherman (D-Calif.) said the rate rise was a mistake.',
    'Rep. Bobby Scott (D-Va.) said he fully supports the compromise.',
  ].join('\n'));
  const names = l.sources.map((s) => s.name);
  for (const n of ['Brad Sherman', 'Bobby Scott']) assert.ok(names.includes(n), names.join(', '));
  assert.ok(!names.some((n) => /Calif|Va\b|\(/.test(n)), names.join(', '));
  assert.ok(l.sources.filter((s) => names.includes(s.name)).every((s) => s.kind === 'person'), JSON.stringify(l.sources));
});

test('a day a name runs into is no part of it ("defeat in New Hampshire Tuesday", "Obama Tuesday signed"), unless the day is named so ("Super Tuesday")', () => {
  const l = entitiesOf('After a defeat in New Hampshire Tuesday, the campaign regrouped. President Obama Tuesday signed the bill. Sanders won on Super Tuesday in Vermont.');
  assert.ok(namesOf(l, 'place').includes('New Hampshire'), JSON.stringify(l.entities));
  assert.ok(namesOf(l, 'person').includes('Obama'), JSON.stringify(l.entities));
  assert.ok(!l.entities.some((e) => e.type !== 'date' && e.type !== 'event' && /Tuesday/.test(e.name)), JSON.stringify(l.entities));
  assert.ok(namesOf(l, 'event').includes('Super Tuesday'), JSON.stringify(l.entities));
});

test('sources: a town\'s government by its formal name, a preprint a document, unnamed commentators anonymous', () => {
  const l = analyze([
    'The City of Malmö said the market will open as planned.',
    'The preprint puts the rate at 14.6 per cent.',
    'Several right-leaning YouTube commentators claimed the clip was real.',
    'City of God director Ana Reis said the film was fine.',
  ].join('\n'));
  const src = (re: RegExp) => l.sources.find((s) => re.test(s.name));
  assert.equal(src(/City of Malmö/)?.kind, 'government', JSON.stringify(l.sources));
  assert.equal(src(/preprint/)?.kind, 'document', JSON.stringify(l.sources));
  assert.equal(src(/commentators/)?.anonymous, true, JSON.stringify(l.sources));
  assert.notEqual(src(/City of God|Reis/)?.kind, 'government', JSON.stringify(l.sources));
});

test('an administrative area named with its unit is a place, and the office of it is the named person\'s: "The chairman of Kajuru Local Government Area, Dr. Danjuma Auta, said"', () => {
  const l = analyze('The chairman of Kajuru Local Government Area, Dr. Danjuma Auta, said 27 people were taken.\n');
  assert.ok(namesOf(l, 'place').includes('Kajuru Local Government Area'), JSON.stringify(l.entities));
  const auta = l.sources.find((s) => /Auta/.test(s.name));
  assert.equal(auta?.kind, 'person', JSON.stringify(l.sources));
  assert.equal(auta?.role, 'chairman', JSON.stringify(l.sources));
  assert.match(auta?.affiliation ?? '', /Kajuru/, JSON.stringify(l.sources));
});

test('a report that names nobody, set off before a speaker\'s parenthetical "she said,", is that speaker\'s; a question put to the speaker is not', () => {
  // (Whole articles: the tagger reads these sentences so in their context.)
  const wolf = analyze(readFileSync('test/fixtures/golden-blind14/bolzano-wolf-photo.txt', 'utf8'));
  const nameIn = (l: Ledger) => (id: string | null) => l.sources.find((s) => s.id === id)?.name ?? '';
  const claim = wolf.claims.find((c) => /young wolf/.test(c.text));
  assert.match(claim?.sources.map(nameIn(wolf)).join(',') ?? '', /Ferrante/, JSON.stringify(claim));
  const dev = join(SHARED, 'data/polnear/dev/text/politico_2016-09-17_de-blasio-says-chelsea-explosion.txt');
  if (!existsSync(dev)) return;
  const asked = analyze(readFileSync(dev, 'utf8'));
  const q = asked.claims.find((c) => /the device that caused the explosion/.test(c.text));
  assert.ok(!q?.sources.map(nameIn(asked)).some((n) => /O'Neill/.test(n)), JSON.stringify(q));
});

test('Korean and Chinese given names whose second syllable is long are whole: "Choi Eun-young", "Lee Jae-myung"; "Trump-backed" is no name', () => {
  const l = entitiesOf('Mayoral candidate Choi Eun-young said the recording was fake. Lee Jae-myung agreed. Donald Trump-backed candidates won.');
  const persons = namesOf(l, 'person');
  assert.ok(persons.includes('Choi Eun-young') && persons.includes('Lee Jae-myung'), persons.join(', '));
  assert.ok(!persons.some((p) => /backed/.test(p)), persons.join(', '));
});

test('a house builder\'s name ends in its trade: "Corlan Homes" is a company, "Katie Holmes" a person', () => {
  const l = entitiesOf('Corlan Homes, the developer, said the report was independent. Katie Holmes said nothing.');
  assert.ok(namesOf(l, 'organization').includes('Corlan Homes'), JSON.stringify(l.entities));
  assert.ok(namesOf(l, 'person').includes('Katie Holmes'), JSON.stringify(l.entities));
});

test('an apposition whose last word was read as an adjective still names what the name is: "Harbour Lantern, a citizen-journalism collective,"', () => {
  const l = analyze('Harbour Lantern, a citizen-journalism collective, said it had matched the photos to the pier. '
    + '"The crane was already down," Ines Varga, the group\'s lead researcher, wrote on its website.\n');
  assert.ok(namesOf(l, 'organization').includes('Harbour Lantern'), JSON.stringify(l.entities));
  const s = l.sources.find((x) => /Varga/.test(x.name));
  assert.equal(s?.affiliation, 'Harbour Lantern', JSON.stringify(l.sources));
});

test('a lone first name a person gives is a person\'s: "who gave his name only as Tomasz", "identified herself as Leila"', () => {
  const l = entitiesOf('"The water came in an hour," said a fisherman who gave his name only as Tomasz. A nurse who identified '
    + 'herself as Leila said the ward was full. A driver, who gave only his first name, Bakyt, was stopped. '
    + 'A shell company identified only as Norvane paid the fee.');
  for (const n of ['Tomasz', 'Leila', 'Bakyt']) assert.ok(namesOf(l, 'person').includes(n), `${n}: ${JSON.stringify(l.entities)}`);
  // (A company "identified only as" something is still no person.)
  assert.ok(!namesOf(l, 'person').includes('Norvane'), JSON.stringify(l.entities));
});

test('"the group\'s editor" serves what the article described as an organisation; "who leads investigations at X" is head of investigations at X', () => {
  const l = analyze('FactLine Kenya, an independent verification organisation, rated the post false on Monday, though the Central Bank '
    + 'of Kenya image in it was real. "Nothing in it can be checked," said Wanjiru Maina, the group\'s editor.\n\n'
    + 'Tomas Berg, who leads investigations at Seawatch Data, said the pattern was too regular.\n');
  const maina = l.sources.find((x) => /Maina/.test(x.name));
  assert.equal(maina?.affiliation, 'FactLine Kenya', JSON.stringify(l.sources));
  const berg = l.sources.find((x) => /Berg/.test(x.name));
  assert.equal(berg?.affiliation, 'Seawatch Data', JSON.stringify(l.sources));
  assert.match(berg?.role ?? '', /investigations/, JSON.stringify(l.sources));
});

test('an affiliation whose name runs past twelve words of the apposition is whole: "a spokesman for Kenya\'s National Headquarters for the Coordination of Disaster Response"', () => {
  const l = analyze('"We reached every village by nightfall," said Otieno Mwangi, a spokesman for Kenya\'s National Headquarters for the '
    + 'Coordination of Disaster Response, on Sunday.\n');
  const s = l.sources.find((x) => /Mwangi/.test(x.name));
  assert.match(s?.affiliation ?? '', /Headquarters for the Coordination of Disaster Response$/, JSON.stringify(l.sources));
  assert.ok(namesOf(l, 'organization').some((n) => /^National Headquarters for the Coordination of Disaster Response$/.test(n)), JSON.stringify(l.entities));
});

test('media named by no outlet are anonymous: "local media", "other news outlets"; "Reuters" is not', () => {
  const l = analyze('Local media reported at least three deaths in the district. Reuters and other news outlets said the road was closed.\n');
  const by = (re: RegExp) => l.sources.find((x) => re.test(x.name));
  assert.equal(by(/^Local media$/)?.anonymous, true, JSON.stringify(l.sources));
  assert.equal(by(/outlets/)?.anonymous, true, JSON.stringify(l.sources));
  assert.equal(by(/^Reuters$/)?.anonymous, false, JSON.stringify(l.sources));
});

test('a person "of the" workplace written in lower case is that person, working there: "Dr. Amara Osei of the state toxicology laboratory in Kumasi"', () => {
  const l = analyze('The inquiry also heard from Dr. Amara Osei of the state toxicology laboratory in Kumasi, who said the samples were clean.\n');
  const s = l.sources.find((x) => /Osei/.test(x.name));
  assert.equal(s?.name, 'Amara Osei', JSON.stringify(l.sources));
  assert.equal(s?.kind, 'person', JSON.stringify(l.sources));
  assert.equal(s?.affiliation, 'state toxicology laboratory', JSON.stringify(l.sources));
});

test('"he" after a sentence that opens with an office and then a name is that person: "But the chairman of the council, Hon. Danjuma Auta, put …. He told …"', () => {
  for (const title of ['', 'Hon. ']) {
    const l = analyze('Its spokesperson, ASP Garba Tanimu, said in a statement that gunmen stormed the church. But the chairman of the '
      + `district council, ${title}Bala Yusuf, put the number much higher. He told journalists that 31 people were taken.\n`);
    const c = l.claims.find((x) => /31 people/.test(x.text));
    const names = (c?.sources ?? []).map((id) => l.sources.find((s) => s.id === id)?.name);
    assert.deepEqual(names, ['Bala Yusuf'], `${title}: ${JSON.stringify(l.claims)}`);
  }
});

test('"agency spokesman X" serves the agency that spoke before, named in lower case: "The Central Java disaster agency confirmed …"', () => {
  const l = analyze('The Central Java disaster mitigation agency confirmed that a bridge collapsed near the village on Sunday. '
    + 'Three drivers were hurt, agency spokesman Budi Santoso said.\n');
  const s = l.sources.find((x) => /Santoso/.test(x.name));
  assert.equal(s?.affiliation, 'Central Java disaster mitigation agency', JSON.stringify(l.sources));
});

test('"Its general manager, X" serves the institution that just spoke, not one named since: "… would sail to Orca Marine Services …"', () => {
  const l = analyze('The Harbour Transit Authority said on Sunday that no ferries would sail to Orca Marine Services while divers checked '
    + 'the pier. Its general manager, Ana Ruiz, told reporters that the hull was sound and that sailings would resume on Monday.\n');
  const s = l.sources.find((x) => /Ruiz/.test(x.name));
  assert.equal(s?.affiliation, 'Harbour Transit Authority', JSON.stringify(l.sources));
});

test('a body of many states is no government: "the International Maritime Safety Agency said"; a national agency is', () => {
  const l = analyze('The International Maritime Safety Agency said the tanker had been inspected. The Norwegian Coastal Agency said it had not.\n');
  const kind = (re: RegExp) => l.sources.find((x) => re.test(x.name))?.kind;
  assert.equal(kind(/^International Maritime Safety Agency$/), 'organization', JSON.stringify(l.sources));
  assert.equal(kind(/^Norwegian Coastal Agency$/), 'government', JSON.stringify(l.sources));
});

test('an influencer is a role: "lifestyle influencer Tasha Wambui said"', () => {
  const l = analyze('Lifestyle influencer Tasha Wambui said the government had quietly ordered rationing.\n');
  const s = l.sources.find((x) => /Wambui/.test(x.name));
  assert.match(s?.role ?? '', /influencer/, JSON.stringify(l.sources));
});

test('sources: what a body wrote is a document ("a preliminary police report", "company filings", "a banner"); what it says is the body ("a police statement")', () => {
  const l = analyze([
    'A preliminary police report said 12 inmates died.',
    'Company filings show the loss was larger.',
    'A banner signed by the cartel claimed the killings were revenge.',
    'A police statement said the riot was over.',
  ].join('\n'));
  const kind = (re: RegExp) => l.sources.find((s) => re.test(s.name))?.kind;
  assert.equal(kind(/police report/), 'document', JSON.stringify(l.sources));
  assert.equal(kind(/filings/), 'document', JSON.stringify(l.sources));
  assert.equal(kind(/banner/), 'document', JSON.stringify(l.sources));
  assert.notEqual(kind(/police statement/), 'document', JSON.stringify(l.sources));
});

test('a given name the POS tagger reads as a verb opens the name: before the sentence\'s verb, after "and" in a list of names; a plural title is no part of a name', () => {
  const one = analyze('Ted Spruce spoke to reporters on Monday.');
  assert.ok(namesOf(one, 'person').includes('Ted Spruce'), JSON.stringify(one.entities.map((e) => `${e.type}:${e.name}`)));
  const list = analyze('Senators Maria Holt and Ted Spruce spoke to reporters on Monday.');
  const people = namesOf(list, 'person');
  assert.ok(people.includes('Maria Holt') && people.includes('Ted Spruce'), JSON.stringify(list.entities.map((e) => `${e.type}:${e.name}`)));
  const headline = analyze('Le Pen Backs Trump And Denounces Clinton.\n\nThe French politician spoke on Sunday.');
  assert.ok(!namesOf(headline, 'person').some((n) => /Denounces/.test(n)), JSON.stringify(headline.entities.map((e) => `${e.type}:${e.name}`)));
});

test('a name the article gave in full, met again with its first word read as a verb ("…, Lead Stories said"), is the same name', () => {
  const l = analyze('The footage is old, according to an analysis by the fact-checking group Lead Stories. There is no evidence that the video was filmed there, Lead Stories said.');
  assert.deepEqual(l.entities.filter((e) => /Stories/.test(e.name)).map((e) => [e.type, e.name, e.mentions.length]), [['organization', 'Lead Stories', 2]]);
});

test('sources: a "Service" named for a country or the nation is a state body ("Ghana Health Service", "National Health Service")', () => {
  for (const text of ['The Ghana Health Service reported 1,214 cases and three deaths as of Sunday.', 'The National Health Service said waiting lists had grown for a third month.']) {
    const l = analyze(text);
    assert.ok(l.sources.some((s) => /Service$/.test(s.name) && s.kind === 'government'), JSON.stringify(l.sources));
  }
});

test('entities: a name the article found whole elsewhere is that name where the tagger read its first words as a noun and a verb ("by Justice Watch International"), and its parts there are no names of their own; "Verity NZ" keeps its abbreviation as a source', () => {
  const l = analyze([
    'Nadia Farrokh, a senior researcher at the London-based rights group Justice Watch International, said the compound was one of several.',
    'According to a report published last year by Justice Watch International, the compound is run by a unit that answers to the prime minister\'s office.',
    'The independent fact-checking service Verity NZ reviewed the video and rated it false, saying it had found no evidence that folic acid at the levels used in bread causes cancer. Verity NZ\'s editor, Samir Patel, said the claim had no basis.',
  ].join('\n\n'));
  const org = l.entities.find((e) => e.name === 'Justice Watch International');
  assert.equal(org?.mentions.length, 2, JSON.stringify(l.entities.map((e) => [e.name, e.mentions.length])));
  assert.ok(!l.entities.some((e) => e.name === 'International' || e.name === 'Verity'), JSON.stringify(l.entities.map((e) => e.name)));
  assert.ok(l.sources.some((s) => s.name === 'Verity NZ' && s.kind !== 'unspecified'), JSON.stringify(l.sources));
});
