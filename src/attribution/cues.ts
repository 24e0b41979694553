/**
 * Verbs and phrases that introduce what someone says, writes, believes or
 * perceives. Lemmas; the rules require POS VERB so "reported" as an adjective
 * ("a reported initiative") does not fire.
 */
const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

export const SPEECH_VERBS = set(`
  say tell claim report state add note argue assert allege announce declare explain acknowledge admit
  concede insist maintain contend emphasize emphasise stress reiterate repeat warn caution suggest
  confirm deny testify write post tweet comment remark reply respond answer retort counter recall
  recount describe disclose reveal predict estimate promise pledge vow threaten boast complain
  charge accuse mention point indicate signal observe conclude find show tell inform brief ask
  believe think fear expect doubt suspect hope know feel contend agree disagree
`);

/** Participles that attach a second attribution to the same subject (", adding …"). */
export const PARTICIPLE_CUES = set(`
  add say note emphasize emphasise stress insist argue warn explain claim suggest state write
  tell accuse call describe point urge reiterate acknowledge admit conclude predict noting
`);

/** Relay cues: "the FT, citing unnamed sources, claimed". */
export const RELAY_CUES = set(`cite quote`);

/** Cues after which an object (not a that-clause) is the content: "reported troop movements". */
export const OBJECT_CUES = set(`report reiterate reveal observe indicate announce confirm describe predict estimate show find`);
