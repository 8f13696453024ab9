"""Escalation signals: what actors do, plan, threaten or refuse, with status, direction and evidence.

Triggers come from the lexicons in data/signals/ (PhraseMatcher on lemmas and lower-cased forms, one pass).
Everything else is read from the dependency parse around each trigger, never from word order: the status
from the cues that govern the trigger (negation, modals, conditions, prevention, proposals, refusals),
the direction from its arguments (subject/agent, objects of `to`/`against`/`on`, possessives and
modifiers), resolved to states and organisations by the actor layer. A signal needs a political or
military context: a named state or organisation at one end (or, in a military sentence, a party the
gazetteer cannot code: `rebels`, a named person), and for everyday words (attack, drill, threat, sanction)
a military sentence, a state at each end or an explicit threat. Talks, agreements, aid and concessions
need the party that acts. PLOVER/CAMEO codes follow event-coding practice for intentions (see `_coding`).
"""
from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress, repeat
from operator import attrgetter
from pathlib import Path
from urllib.parse import urlsplit

import numpy
import pycountry
import spacy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.parts_of_speech import ADJ, IDS as POS_IDS, NOUN, NUM
from spacy.tokens import Doc, Span, Token

from pipeline.actors import gazetteer
from pipeline.quotes import cues as quote_cues
from schemas.analysis import DEESCALATION_TYPES, ActorRef, Signal

DATA = Path(__file__).parent / "data" / "signals"
STATUS_PRIORITY = ("denied", "hypothetical", "threatened", "proposed", "planned")
CUE_CHILD_DEPS = {"neg", "det", "aux", "advcl", "ccomp", "prep", "nsubj", "amod", "conj"}  # children `_cues_at` reads
OVERRIDABLE = {"planned", "proposed"}
OVERRIDING = {"denied", "hypothetical", "threatened"}
COERCIVE_PLOVER = {"THREATEN", "ASSAULT", "MOBILIZE", "SANCTION"}
FORCE_PLOVER = {"ASSAULT", "MOBILIZE"}  # force: only a party of a conflict uses it
RELATIVE_TAGS = {"WDT", "WP", "WP$"}   # a relative clause's pronoun (`that`, `who`, `whose`)
CONDITION_CARRIER_DEPS = {"prep", "pobj", "pcomp"}   # a phrase the parser may hang a verb's condition on
PARTICLES = {"over", "out", "back", "off", "up", "down"}  # of phrasal verbs (`hand over`, `call up`)
HELD_PRONOUNS = ("them", "him", "her")  # object pronouns, which may stand for held people already named
REPORTED_PRONOUNS = {"it", "they", "we", "he", "she"}  # "Seoul's president said he would meet": the speaker
OWN_VOICE = {"we", "i"}  # a document speaking for its issuer ("we will announce additional sanctions")
PUBLISHER_WORDS = {"our", "us"}  # on an official host, with `we` that no reporting clause gives to another, its
# publisher's ("our sanctions are weakening Russia", "the weapons we have provided")
REPORTED_POSSESSIVES = {"its", "their", "our", "his", "her"}  # "Iran said its forces would": the speaker's
REGARDING_DEPS = {"pobj", "prep", "oprd", "attr", "dobj", "ccomp", "xcomp", "acl"}  # designation up to its verb
REGARDING_REACH = 5   # "would treat any dam crews entering its territory as combatants": through the regarded one
MEASURE_PLOVER = {"SANCTION", "COERCE"}  # measures short of force: boycotts, blockades, curfews
STRENGTH_CONFIDENCE = {"term": 0.85, "frame": 0.8, "weak": 0.65}
HYPOTHETICAL_PENALTY = 0.4  # puts a hypothetical event (at most .5) below a reported one with its ends (.6 and up)
BACKGROUND_PENALTY = 0.3  # puts an event told as the occasion (at most .6 under a verb) below the main one
CLIMB_DEPS = {"dobj", "pobj", "prep", "compound", "conj", "appos", "nsubjpass", "attr", "dative", "oprd", "nmod",
              "amod", "npadvmod", "agent", "acomp"}
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod"}
SUM_MODIFIER_DEPS = {"compound", "nummod", "amod", "quantmod", "nmod"}   # "a $2 billion package"
AIM_DEPS = {"xcomp", "acl", "relcl", "advcl", "npadvmod", "appos", "pobj", "prep", "dobj"}   # an aim up to its verb
HELPING_MEANS_PREPS = frozenset({"through", "with", "via"})  # "supporting Ukraine through security assistance"
MANDATE_PREPS = ("under", "on", "following")  # "under measures Ottawa announced", "on orders from Washington"
QUESTION_WORD_TAGS = {"WDT", "WP", "WP$", "WRB"}   # who, which, what, whose, how, why, where, when
CAUSE_WORDS = {"because", "due", "owing", "amid", "after", "by"}  # the words that name what caused an act
SENTENCE_STOPS = {".", "!", "?"}  # what ends a sentence of running text; a headline ends with none
CLAUSE_MARKS = {"as", "when", "while", "once", "after", "before", "until", "since"}  # openers of a clause
LISTED_DEPS = {"conj", "appos", "pobj", "prep", "dobj", "nsubjpass", "compound"}  # from a listed party to its listing
NAME_DEPS = {"compound", "npadvmod", "appos", "flat", "nmod"}
TYPE_DEPS = {"compound", "amod", "nmod", "nummod"}  # how a type designation hangs on its noun (`FA-50 fighters`)  # the words of a proper name and its apposition
TITLE_JOINERS = {"(", ")", ",", "and", "&"}  # what joins the capitalised words of a law's title
TITLE_REACH = 9  # how far a law word may follow a trigger in its title (`(Asset Freeze and Travel Ban) Act`)
COMPLEMENT_DEPS = {"xcomp", "ccomp", "oprd", "attr"}
SUBJECT_CLIMB_DEPS = {"xcomp", "conj", "advcl", "acl", "relcl", "ccomp", "pcomp", "acomp"}
ADJUNCT_PREPS = {"after", "before", "while", "upon", "by"}  # "burned houses after overrunning it": one actor
VERB_POS = {"VERB", "AUX"}
LEMMA_FORMS = "wirewatch.lemma_forms"   # doc.user_data key: token index -> its lemma forms
DEP_NAME = attrgetter("dep_")   # a token's dependency label, read in C over many tokens
PREPOSITIONS = "wirewatch.prepositions"   # doc.user_data key: token index -> its prepositions and their objects
ARTICLE = "wirewatch.article"   # doc.user_data key: (cast, url, headline, the article the rules read)
VERB_POS_IDS = [POS_IDS[tag] for tag in VERB_POS]
RESULT_DEPS = {"oprd", "acomp", "xcomp", "ccomp", "advmod"}  # the state a verb leaves its object in
NOUN_POS = {"NOUN", "PROPN"}
NOUN_POS_IDS = [POS_IDS[tag] for tag in NOUN_POS]
FUNCTION_POS = {"CCONJ", "SCONJ", "ADP", "PART", "DET"}
AUXILIARY_DEPS = {"aux", "auxpass"}
AMOUNT_POS = {NUM, NOUN}   # what a currency sign hangs from
CURRENCY_SIGNS = {"$", "€", "£", "¥"}
MONEY_CLASS = "relief"  # a sum of money is what a donor gives, like the words of that class
ASSETS_CLASS = "penalised"  # a sum its owners hold is assets a measure can freeze or seize
ORGANISATION_CLASS = "organisations"  # organisations the actor layer names: what a state withdraws from
TOPIC_CLIMB_DEPS = {"pobj", "prep", "compound", "conj", "amod", "nmod", "appos"}  # from a word up to what it is part of
SETTING_PREPS = {"in", "at", "during"}  # where a verb happens, not what it is about: its word sets no status there
DELIVERY_OR_DEPLOYMENT = {"arms_delivery", "troop_buildup"}
DELIVERY_OR_DEPLOYMENT_KINDS = DELIVERY_OR_DEPLOYMENT | {"aid"}  # frames of sending something somewhere
GOODS_KINDS = {"arms_delivery", "aid"}  # frames of sending goods, whose `from` on the verb is their origin (the
# `from` of forces sent names their unit: `sent men from the 76th Airborne Division`)
CONFLICT_CLASSES = ("frontiers", "violence", "unrest", "attackers", "combatants", "casualties")  # a sentence with
# any of these classes tells of conflict: supplies sent with forces feed them, forces sent to a crowd police it
DISORDER_CLASSES = ("violence", "unrest", "combatants", "casualties")  # a sentence with one tells of disorder or war:
# no force there only stewards an event
POLICING_GEAR_CLASSES = {"frontiers", "crowd_control"}  # riot gear and checkpoints: police bring them to an event
# (`with water cannon on standby`, `with checkpoints to catch drink-drivers`), anywhere else they ready for a clash
DESTINATION_PREPS = {"to", "into", "toward", "towards", "on", "onto", "upon", "at", "near", "along", "outside",
                     "around"}  # where something is sent or deployed, not what (`deployed trucks at its mines`)
CONTAINER_PREPS = {"in", "inside"}  # on a sending verb with its own object, what holds the goods (`shipped mussels in
# their shells`, `in drums`), not what is sent
SCENE_PREPS = {"in", "off", "near", "inside"}  # on a verb with its own object, where the act happens
PLACE_ENTITIES = {"LOC", "GPE", "FAC"}
MEANS_PREPS = {"by", "via"}  # on a verb, how something is sent (`delivers blood by drone`); on a noun, who acts
STATE_ORGAN_CLASSES = {"military", "forces", "units", "governing_bodies", "government", "security_forces", "diplomatic",
                       "peacekeepers"}  # after a state's name, the state's own (`Pakistan Army`), not a company
PARTY_CLASSES = {"listed_parties", "designations"}   # the parties a notice's measures fall on
RELIEF_PREPS = ("into", "to", "in", "at")   # where relief is brought: `crossed into Gaza`, `landed in`
PLACE_PREPS = {"in", "on", "near", "outside", "around", "along", "across", "throughout"}  # where force is used or massed
FINITE_TAGS = {"VBD", "VBZ", "VBP"}  # a verb with a tense of its own
WEAPONS = {"weapons", "missiles", "munitions"}  # what strikes by itself (`hit by a projectile`)
ATTACKER_CLASSES = WEAPONS | {"attackers"}  # who strikes when no one is named behind it
PRESENT_TAGS = {"VBZ", "VBP"}
PRESENT_PASSIVE = {"is", "are", "be", "been"}   # before a participle: an order in force (`are instructed`)
NON_PARTY_CLASSES = {"civil_parties", "organisms", "crowds", "remedies", "tissues"}  # who acts or is mobilised in no conflict
LIFE_CLASSES = {"organisms", "tissues", "livestock"}  # what medicine, farming and nature kill, no victim of conflict
CIVIL_OWNER_CLASSES = {"civil_owners", "businesses"}  # whose `troops` are a cast, staff or volunteers
CIVIC_CAMPAIGN_CLASSES = {"civic_campaigns", "civil_tasks", "hazards", "organisms", "campaign_targets",
                          "public_events", "sport", "civilian"}  # what a state mobilises civilians for at home:
# a drive, a festival, a tournament or another everyday purpose
PARTY_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}  # who or where a war may be declared on
TARGET_OWNED_CLASSES = {"combatants", "seized_vessels", "captured_places"}  # a frame object whose owner is hit
ARMED_PARTY_CLASSES = {"forces", "military", "armed_services", "attackers", "combatants", "security_forces",
                       "reserves", "cyber_forces"}  # a party that fights back
PLACE_CLASSES = {"captured_places", "positions", "handed_back_places"}  # a town or base an offensive takes
CAMPAIGNED_CLASSES = {"arenas", "pitch_targets", "campaign_targets", "organisms", "hazards", "natural_causes",
                      "market_rivals"}
# what an attack conquers, plays at or fights
ARMED_DOER_CLASSES = ARMED_PARTY_CLASSES | {"governing_bodies", "government"}  # who may invade or mount an offensive
INVADED_CLASSES = PLACE_CLASSES | {"invaded_grounds", "held_lines", "infrastructure"} | ARMED_PARTY_CLASSES  # what
# an invasion or ambush falls on: a place or people
TIME_OR_NUMBER_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "EVENT"}
MATERIEL_CLASSES = frozenset({"weapons", "platforms", "munitions", "missiles"})   # what a `units of` counts
FIGHTING_CLASSES = {"forces", "armed_services", "attackers", "casualties"}  # who fights or dies: no match
ADVISED_RISK_CLASSES = {"frauds", "organisms", "hazards", "natural_causes"}  # what a warning to all of us is about
PLAIN_PHRASE = re.compile(r"[a-z]+(?: [a-z]+)*")  # a phrase the tokenizer splits at its spaces alone
# a match score, not a year span or ratio
SCORELINE = re.compile(r"(?<![\d.,:/-])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,:/%-]| ?%| per ?cent)")
SCORE_CHARS = re.compile(r"[\d \-–]")  # the characters a score is made of: one may run on across them
SCORE_REACH = 20  # words past a sentence's end that hold the longest score begun in it and what may follow it
# what an armed group strikes: places, positions, infrastructure, forces, craft
STRUCK_GROUND_CLASSES = INVADED_CLASSES | {"platforms", "seized_vessels"}
ARMED_CLASSES = {"forces", "armed_services", "attackers", "munitions", "missiles", "weapons", "casualties"}  # no match
CIVIL_NAME_HEAD_CLASSES = {"military", "forces", "armed_services"}  # the words that head `the Tartan Army`
SERVICE_CLASSES = {"military", "forces", "armed_services", "positions"}  # what puts a person in service
SEPARATE_CLAUSE_DEPS = {"nsubj", "advcl", "ccomp", "conj", "cc", "parataxis", "punct", "mark"}  # not a verb's objects
QUANTITY_DEPS = {"compound", "amod", "nmod"}  # how a noun modifies the rate it is part of (`occupation rates`)
SANCTIONED_PARTY_CLASSES = {"sanctioned_parties", "listed_parties", "designations", "businesses"}  # who bears one
DOMESTIC_PARTY_CLASSES = {"home_institutions", "civil_parties", "crowds"}  # whom a state regulates at home
NAMED_PARTY_ENTITIES = {"NORP", "ORG", "PERSON"}  # a group or person by name
BURDENED_DEPS = {"dobj", "nsubjpass", "dative", "compound", "amod", "poss", "npadvmod"}  # who bears a measure
BURDENED_PREPS = ("on", "against", "to", "into", "from", "with", "of", "for")  # `a ban on`, `trade with`
TAKEN_STATUSES = {"actual", "planned"}  # a measure taken or announced, not one threatened or conditional
HOME_HOLDING_CLASSES = {"home_holdings", "workplaces", "mining_sites", "seized_goods", "consumer_goods",
                        "traders"}  # at home (a trader stands for the shop in a headline: `raids 40 jewellers`)
HOME_UNSAFE = ("attackers", "combatants", "casualties", "unrest", "proceedings", "frontiers")  # no business at home
AGREEABLE_CLASSES = {"proposals", "relief", "weapons", "detainees", "forces"}  # what one agrees with another on


@dataclass(frozen=True)
class TypeInfo:
    plover: str
    cameo: str
    intent_plover: str
    intent_cameo: str
    request_cameo: str
    target_preps: frozenset[str]
    between_parties: bool
    needs_counterpart: bool
    other_state_target: bool
    chosen: bool
    object_owner: str
    conditional_offer: bool
    victim_not_target: bool
    type: str | None = None
    threat_cameo: str | None = None
    joint_plover: str | None = None
    joint_cameo: str | None = None
    threatened_type: str | None = None
    prepared_plover: str | None = None
    prepared_cameo: str | None = None
    repression_plover: str | None = None
    repression_cameo: str | None = None
    decided_plover: str | None = None
    decided_cameo: str | None = None
    pledged_type: str | None = None   # forces pledged to a partner are help promised: `promised to send troops`
    any_named_party: bool = False
    document_issuer: bool = False
    reporter_acts: bool = False   # a passive act with no agent is the reporting organ's state's (types.json)


@dataclass(frozen=True)
class Frame:
    type: str
    heads: frozenset[str]
    reverse_heads: frozenset[str]
    objects: str
    subject_heads: frozenset[str] = frozenset()  # intransitive heads with the class word as subject: troops arrive
    only_with_preps: frozenset[str] = frozenset()  # the head must aim somewhere: missiles fired *at* a city
    not_with_preps: frozenset[str] = frozenset()   # ...or must not: a missile test is fired at no one
    weak: bool = False  # an everyday act (`cancelled a visit`) that needs two states or a military sentence
    verb_heads: frozenset[str] = frozenset()  # heads written `word/VERB`: `stationed troops`, not `police station`
    result_heads: frozenset[str] = frozenset()  # heads that with a complement after the object leave it in a state
    receipt_verbs: frozenset[str] = frozenset()  # verbs whose object head noun is received: `took delivery of`
    recipients: bool = False  # the class word receives (`delivered boats to the Coast Guard`): the object is sent
    not_sent: frozenset[str] = frozenset()  # objects of a `recipients` head that are no thing: `handed over power`
    complement_heads: frozenset[str] = frozenset()  # heads the class word completes: `declared them listed entities`
    received_objects: frozenset[str] = frozenset()  # classes a `recipients` class word receives by a reverse head
    controlled_heads: frozenset[str] = frozenset()  # acts a verb makes the class word do: `ordered the envoy to leave`
    recipient_preps: frozenset[str] = frozenset({"to"})  # whose object the `recipients` class word is: `to the Army`
    materiel_preps: frozenset[str] = frozenset()  # ...where what is sent must be materiel: `cadets commissioned into`
    holders: frozenset[str] = frozenset()  # what a service holds, whose `with` is the service: `into service with`
    entry_verbs: frozenset[str] = frozenset()  # heads whose subject enters the service: `entered service with`
    own_heads: frozenset[str] = frozenset()  # heads only over the actor's own class word: `returned its envoy`
    goods_preps: frozenset[str] = frozenset()  # what a head over the recipient gives: `provided the Army with jets`
    in_notices: bool = False  # read only in a notice, where the act can only be a measure: `properties ... are attached`
    party_aims: bool = False  # the aim must name a place or party: drones launched *at Kyiv*, not at a festival

    @cached_property
    def words(self) -> frozenset[str]:
        """The words the frame's head forms start with (a head's forms start with its lemma or its lower-cased form):
        kept on the frame, as each class word asks for them and hashing a frame hashes all of its fields."""
        return frozenset(form.split()[0] for form in self.heads | self.reverse_heads | self.subject_heads
                         | self.complement_heads | self.controlled_heads)


@dataclass(frozen=True)
class Lexicon:
    types: dict[str, TypeInfo]
    terms: dict[str, list[str]]          # matcher key -> phrases; key "T|type|strength|POS", "C|class", "H", "P"
    acronyms: frozenset[str]             # lower-cased terms written in capitals (`SWIFT`): they match only so
    frames: list[Frame]
    cues: dict
    roles: dict[str, frozenset[str]]     # event_verbs, ..., actors, context_objects, counterparts
    not_with_modifiers: dict[tuple[str, str], frozenset[str]]  # (kind, trigger word) -> modifiers that unmake it
    not_by_subjects: dict[tuple[str, str], frozenset[str]]     # (kind, trigger lemma) -> subjects that unmake it
    not_on_objects: dict[tuple[str, str], frozenset[str]]      # (kind, trigger lemma) -> objects that unmake it
    not_on_aims: dict[tuple[str, str], frozenset[str]]         # (kind, trigger lemma) -> aims that make it no force
    notices: dict                        # issuing verbs, measure nouns, withdrawals, publishing offices (notices.json)
    controlled_acts: dict[str, frozenset[str]]  # kind -> the acts its frames' verbs make their object do
    networks: dict[str, frozenset[str]]  # payments networks named as a measure only when cut from, and cut nouns


@dataclass
class Candidate:
    type: str
    trigger: Token
    strength: str
    obj: Token | None = None
    reverse: bool = False
    reach: int = 0  # steps from the frame object up to its head
    recipient: Token | None = None  # who a `recipients` frame names as receiving: the target
    prohibited: bool = False  # an act a notice forbids (`may not be exported to`): its negation is the measure
    obliged: bool = False  # a measure a notice orders those it regulates to take (`are directed to freeze`): in force
    punitive: bool = False  # a withholding aimed to punish (`withheld tax revenues to punish`): its everyday object
    # (revenues, payments) is what is held back, no market's figure


def _longest_terms(terms: list[Span]) -> set[tuple[int, int]]:
    """The (start, end) of the term matches kept where matches overlap: the longest (`military buildup` over
    `buildup`), then, of two as long, a term over an everyday one (`would respond militarily`: `respond militarily`
    names a threat, `would respond` only may), then the first."""
    taken, kept = set(), set()
    for span in sorted(terms, key=lambda span: (span.start - span.end, "|weak|" in span.label_, span.start)):
        if (span.start, span.end) in kept or not taken.intersection(range(span.start, span.end)):
            kept.add((span.start, span.end))
            taken.update(range(span.start, span.end))
    return kept


def _read(name: str) -> dict:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    data.pop("_doc", None)
    return data


def _word_sets(value):
    """The cue lists as sets, made once: they are looked up for every token on a trigger's path."""
    if isinstance(value, list):
        return frozenset(value)
    if isinstance(value, dict):
        return {key: _word_sets(item) for key, item in value.items()}
    return value


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    """The signal lexicons, read once."""
    types = {name: TypeInfo(**{**info, "target_preps": frozenset(info["target_preps"])})
             for name, info in _read("types.json").items()}
    classes = _read("classes.json")
    cues = _word_sets(_read("status_cues.json"))
    terms: dict[str, Iterable[str]] = {}
    frames = []
    not_with_modifiers, not_by_subjects, not_on_objects, not_on_aims = {}, {}, {}, {}
    networks = {"terms": set(), "cut_nouns": set()}
    for kind, entry in _read("triggers.json").items():
        for word, modifiers in entry["not_with_modifiers"].items():
            not_with_modifiers[kind, word] = frozenset(m.lower() for m in modifiers)
        for word, subjects in entry.get("not_by_subjects", {}).items():
            not_by_subjects[kind, word] = frozenset(s.lower() for s in subjects)
        for word, objects in entry.get("not_on_objects", {}).items():
            not_on_objects[kind, word] = frozenset(o.lower() for o in objects)
        for word, aims in entry.get("not_on_aims", {}).items():
            not_on_aims[kind, word] = frozenset(a.lower() for a in aims)
        networks["terms"].update(t.lower() for t in entry.get("network_terms", ()))
        networks["cut_nouns"].update(n.lower() for n in entry.get("network_cut_nouns", ()))
        for strength, field in (("term", "terms"), ("weak", "weak_terms")):
            for phrase in entry[field]:
                text, _, pos = phrase.partition("/")
                terms.setdefault(f"T|{kind}|{strength}|{pos}", []).append(text)
        for frame in entry["frames"]:
            heads = [head.partition("/") for head in frame["heads"]]
            frames.append(Frame(kind, frozenset(word for word, _, _ in heads),
                                frozenset(frame.get("reverse_heads", [])),
                                frame["objects"], frozenset(frame.get("subject_heads", [])),
                                frozenset(frame.get("only_with_preps", [])),
                                frozenset(frame.get("not_with_preps", [])), frame.get("weak", False),
                                frozenset(word for word, _, pos in heads if pos == "VERB"),
                                frozenset(frame.get("result_heads", [])),
                                frozenset(frame.get("receipt_verbs", [])),
                                frame.get("recipients", False),
                                frozenset(frame.get("not_sent", [])),
                                frozenset(frame.get("complement_heads", [])),
                                frozenset(frame.get("received_objects", [])),
                                frozenset(frame.get("controlled_heads", [])),
                                frozenset(frame.get("recipient_preps", ["to"])),
                                frozenset(frame.get("materiel_preps", [])),
                                frozenset(frame.get("holders", [])),
                                frozenset(frame.get("entry_verbs", [])),
                                frozenset(frame.get("own_heads", [])),
                                frozenset(frame.get("goods_preps", [])),
                                frame.get("in_notices", False), frame.get("party_aims", False)))
    role_names = ("event_verbs", "event_exits", "light_nouns", "patient_verbs", "bearing_verbs", "cargo_verbs", "actors",
                  "context_objects", "armed_name_words",
                  "counterparts", "counterpart_modifiers", "security_forces", "state_organs", "currencies",
                  "peacekeeping_bodies", "humanitarian_bodies", "qualities", "domestic_aims", "sectors", "trade_groups",
                  "civil_kit", "limits",
                  "attacker_acts", "holding_verbs", "detaining_verbs",
                  "approving_terms", "directional_adverbs", "withdrawing_adverbs", "timing_adverbs", "conveying_verbs",
                  "gratitude", "targeting_acts", "specifying_words", "peer_titles", "aiming_acts",
                  "shooting_acts", "arms_trade_nouns", "pelting_acts", "counting_units", "seizing_acts",
                  "saving_acts", "perpetrators", "sponsoring_participles", "authoring_participles", "mandates",
                  "owning_participles", "withholding_acts", "coercive_aims", "open_expanses", "compass_points",
                  "time_spans", "deadline_nouns", "deadline_preps", "deadline_verbs", "sector_nouns",
                  "surrendering_verbs", "concluding_participles", "two_object_verbs", "beneficiary_verbs", "blasts",
                  "claiming_acts", "claimed_things",
                  "blast_sites", "violent_acts", "venue_preps", "accident_cues", "accident_fuels",
                  "accident_acts", "accidents", "membership_nouns", "lone_attackers", "uniformed",
                  "dating_words", "giving_modifiers", "subjection_words", "home_production", "making_verbs",
                  "fitting_verbs", "bearing_arms", "illicit_modifiers", "member_bodies", "policing_acts",
                  "reason_marks", "completing_verbs", "manner_nouns", "charges", "relieving_acts", "restriction_words",
                  "objecting_verbs",
                  "foreign_marks", "place_nouns", "classified_goods", "disposing_acts", "reached_levels", "level_verbs",
                  "countering_prefixes", "countered_devices", "cause_preps", "fresh_marks", "doer_bound_attacks",
                  "delivery_told_preps", "homeward_adverbs", "new_materiel_marks", "deployment_purposes",
                  "campaign_verbs", "carrying_out_words", "carried_out_instruments",
                  "share_words", "free_adverbs", "cost_nouns", "escort_nouns", "narrating_verbs", "departures",
                  "field_nouns", "post_nouns", "ruling_power", "mutual_prefixes", "materiel_receipts",
                  "handover_words", "measure_effects", "evading_verbs", "host_offices", "generic_materiel",
                  "disarming_handovers", "time_preps", "hardships", "breaches")
    for name, words in classes.items():
        if name not in role_names:
            terms[f"C|{name}"] = words
    terms["H"] = cues["hedges"]
    terms["P"] = cues["conditions"]["phrases"]
    terms["R"] = cues["denied"]["phrases"]
    terms["Q"] = cues["threatened"]["phrases"]
    terms["M"] = cues["threatened"]["force_means"]
    terms["K"] = cues["threatened"]["penalties"]
    terms["D"] = cues["threatened"]["hostile_designations"]
    acronyms = frozenset(p.lower() for key, phrases in terms.items() if key.startswith("T|")
                         for p in phrases if len(p) > 1 and p.isupper())
    notices = _word_sets(_read("notices.json"))
    terms["E"] = notices["enacting_formulas"]   # an adopted act: found by the phrase matchers with the triggers
    terms["F"] = notices["notice_formulas"]     # a notice's own wording (`hereby`), found with them too
    terms["N"] = notices["regulated_parties"]   # the parties a notice obliges (`reporting entities`)
    terms["V"] = notices["entry_into_force"]    # an act put in force (`This Order comes into operation`)
    terms["G"] = notices["implementing_phrases"]   # an act that carries out another's decision (`gives effect to`)
    for kind, offices in notices["publishing_offices"].items():
        terms[f"O|{kind}"] = offices   # found by the phrase matchers with the triggers
    controlled_acts = {kind: frozenset().union(*(f.controlled_heads for f in frames if f.type == kind))
                       for kind in {f.type for f in frames}}
    return Lexicon(types, terms, acronyms, frames, cues, {name: frozenset(classes[name]) for name in role_names},
                   not_with_modifiers, not_by_subjects, not_on_objects, not_on_aims, notices, controlled_acts,
                   {key: frozenset(words) for key, words in networks.items()})


@lru_cache(maxsize=4)
def _matchers(vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Two phrase matchers over the same patterns: on lemmas (`weapon` finds `weapons`) and on lower-cased forms.
    Built once per process, but the first article waits for it, so each pattern is given as its words' hashes (the
    lemma of a pattern word is the word itself), not as a Doc of its own, and a phrase of plain lower-case words that
    the tokenizer has no special case for is split at its spaces, as the tokenizer splits it: thousands of phrases."""
    tokenizer = spacy.blank("en").tokenizer
    strings, special_cases = vocab.strings, tokenizer.rules
    by_lemma, by_lower = PhraseMatcher(vocab, attr="LEMMA"), PhraseMatcher(vocab, attr="LOWER")
    for key, phrases in lexicon().terms.items():
        lemmas, lowers = [], []
        for phrase in phrases:
            for variant in _written_forms(phrase) if key.startswith("C|") else (phrase,):
                words = variant.split(" ")
                if not PLAIN_PHRASE.fullmatch(variant) or any(word in special_cases for word in words):
                    words = [t.text.lower() for t in tokenizer(variant)]
                lemmas.append([strings.add(word) for word in words])
                lowers.append([strings.add(word.lower()) for word in words])
        by_lemma.add(key, lemmas)
        by_lower.add(key, lowers)
    return by_lemma, by_lower


@lru_cache(maxsize=1)
def _class_keys() -> dict[int, str]:
    """Match id (the hash of its `C|` key) -> class name, of each class the matchers find."""
    return {hash_string(key): key[2:] for key in lexicon().terms if key.startswith("C|")}


def _written_forms(phrase: str) -> tuple[str, ...]:
    """A class phrase as written spaced and with its first two words hyphenated (`air defence systems`, `air-defence
    systems`): a compound modifier is hyphenated as often as not, and the tokenizer splits it into three words."""
    first, _, rest = phrase.partition(" ")
    if not rest or "-" in first:
        return (phrase,)
    return phrase, f"{first}-{rest}"


def lemma(token: Token) -> str:
    """The lemma with its particle (`rule out`, `call up`), lower-cased."""
    particle = _particle(token.children)
    base = token.lemma_.lower()
    return f"{base} {particle}" if particle else base


def _particle(children) -> str | None:
    """A verb's particle, lower-cased; not an adverb of time the parser tags a particle (`freeze forthwith the
    accounts`, `shall cease henceforth`): the verb is the bare one."""
    timing = lexicon().roles["timing_adverbs"]
    return next((c.lower_ for c in children if c.dep_ == "prt" and c.lower_ not in timing), None)


def lemma_forms(token: Token) -> frozenset[str]:
    """The forms a lexicon entry may name a token by, including verb + preposition (`call for`, and `pull out
    of` where the parse hangs `of` under `out`); a phrasal verb only by its particle form (`carried out an
    exercise` carries nothing, `called off` is no call). Kept with the doc: the checks ask for a word's forms
    again and again, and each asking walks its children. A hyphenated word the tokenizer split is also named as
    written (`build-up`), and a verb whose particle the parser hung on its object's number (`handed over 20 vehicles`)
    keeps both readings."""
    try:   # (asked some four times per token read: the kept forms are found in one expression)
        return token.doc.user_data[LEMMA_FORMS][token.i]
    except KeyError:
        forms = token.doc.user_data.setdefault(LEMMA_FORMS, {})[token.i] = _lemma_forms(token)
        return forms


def _lemma_forms(token: Token) -> frozenset[str]:
    base, word, children = token.lemma_.lower(), token.lower_, list(token.children)   # one walk over the children
    deps = list(map(DEP_NAME, children))   # (read in C: each scan below is made only where its relation is found)
    particle = _particle(children) if "prt" in deps else None
    phrasal = f"{base} {particle}" if particle else base
    bare = frozenset({phrasal} if particle else {base, word})
    if not particle and ("advmod" in deps or "oprd" in deps) and token.pos in VERB_POS_IDS:  # "pulled its troops
        # back", "called home its ambassador", "knocked the websites offline"
        adverb = next((c.lower_ for c, dep in zip(children, deps) if dep in {"advmod", "oprd"}
                       and c.lower_ in lexicon().roles["directional_adverbs"]), None)
        if adverb:
            phrasal = f"{base} {adverb}"
            # "moved its troops back": a withdrawal, not a move
            bare = {phrasal} if adverb in lexicon().roles["withdrawing_adverbs"] else bare | {phrasal}
    given = _giving_participle(token)
    if given:
        bare |= {given}
    if not particle and word.endswith(CUT_SUFFIXES):
        uncut = _base_lost_final_e(token)
        if uncut:
            bare |= {uncut}
    hyphenated = _hyphenated_word(token)
    if hyphenated:
        bare |= {hyphenated}
    numbered = _particle_read_as_amount(token)
    if numbered:
        phrasal = f"{base} {numbered}"
        bare |= {phrasal}
    preps = [c for c, dep in zip(children, deps) if dep == "prep" and not _names_time(c)] if "prep" in deps else []
    if not preps:
        return bare
    # a particle's verb takes a preposition only as the phrasal verb: "called up conscripts for training" is no
    # "call for"
    verbs = {phrasal} if particle else {base, phrasal}
    return bare | {f"{form} {c.lower_}" for c in preps for form in verbs} | {
        f"{form} {c.lower_} {g.lower_}" for c in preps for g in c.children if g.dep_ == "prep" for form in verbs}


CUT_SUFFIXES = ("ed", "es", "ing")   # the endings the lemmatizer may cut a verb's final `e` with


def _base_lost_final_e(token: Token) -> str | None:
    """The base of a verb whose final `e` the lemmatizer cut with its `-ed`, `-es` or `-ing`, reading another word
    (`staged`, `stages`, `staging` as `stag`; `hopes` as `hop`; `wages war` as `wag`): the stem with its `e` (`stage`,
    `hope`, `wage`) is a reading too."""
    word, tag = token.lower_, token.tag_
    for suffix, tags in (("ed", {"VBD", "VBN"}), ("es", {"VBZ"}), ("ing", {"VBG"})):
        if word.endswith(suffix) and tag in tags:
            stem = word[:-len(suffix)]
            return f"{stem}e" if token.lemma_.lower() == stem else None
    return None


def _hyphenated_word(token: Token) -> str | None:
    """The hyphenated word the tokenizer split and the parser hung on its last part (`a build-up of landing craft`
    read as `build - up`, `the call-up`): the lexicons name it as written."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
        return None
    first = doc[token.i - 2]
    return f"{first.lower_}-{token.lower_}" if first.head.i == token.i else None


def _opens_hyphenated_modifier(token: Token) -> bool:
    """Whether a word opens a hyphenated phrase that modifies a noun (`hit-and-run driver`: `hit` hung on `driver`,
    a hyphen written tight after it)."""
    doc = token.doc
    return (token.dep_ in {"nmod", "compound", "amod"} and token.head.pos_ in NOUN_POS and token.i + 1 < len(doc)
            and doc[token.i + 1].text == "-" and not token.whitespace_)


def _asked_for(word: Token, requests: frozenset[str]) -> bool:
    """Whether the word only says what a request noun asks for (`licence applications`, `applications for export
    licences`): a licence or exemption applied for is none granted."""
    holder = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "for" else word.head
    return word.dep_ in {"compound", "pobj"} and holder.lower_ in requests


def _names_countermeasure(trigger: Token, roles: dict[str, frozenset[str]]) -> bool:
    """Whether the trigger names a device right after a countering prefix and a tight hyphen (`counter-IED
    equipment`, `anti-drone systems`): the equipment against the device, no attack with it."""
    doc = trigger.doc
    return (trigger.i >= 2 and trigger.lower_ in roles["countered_devices"] and doc[trigger.i - 1].text == "-"
            and not doc[trigger.i - 2].whitespace_ and not doc[trigger.i - 1].whitespace_
            and doc[trigger.i - 2].lower_ in roles["countering_prefixes"])


def _particle_read_as_amount(verb: Token) -> str | None:
    """A particle right after a verb that the parser hung on the number of the verb's object (`handed over 20
    vehicles`, `handed out 5,000 tents` read as `over 20`, more than twenty): the verb's particle, or the amount's
    modifier; the words allow both, so the verb keeps both readings."""
    doc = verb.doc
    if verb.pos not in VERB_POS_IDS or verb.i + 1 >= len(doc):
        return None
    word = doc[verb.i + 1]
    if word.dep_ != "quantmod" or word.lower_ not in PARTICLES:   # (most words after a verb: no head read)
        return None
    amount = word.head
    if amount.dep_ == "nummod" and amount.head.dep_ == "dobj" and amount.head.head.i == verb.i:
        return word.lower_
    return None


def _names_time(prep: Token) -> bool:
    """A preposition of time (`called Putin on Sunday`, `launched missiles on multiple occasions`: a date or time, or
    one of classes.json `time_spans` that counts nothing, as `six hours of discussions` does): no part of a phrasal
    verb (`call on`), nor what a weapon is aimed at."""
    times = lexicon().roles["time_spans"]
    return any(p.dep_ == "pobj" and (p.ent_type and p.ent_type_ in {"DATE", "TIME"}
                                     or p.lemma_.lower() in times and not _prep_objects(p, "of"))
               for p in prep.children)   # (most words are in no entity: their labels are not read)


@lru_cache(maxsize=1)
def _names_in_capitals() -> dict[str, str]:
    """The gazetteer's names of states and organisations in capitals (`EUROPEAN UNION`), of two words or more."""
    return {surface.upper(): code for surface, (code, _) in gazetteer().aliases.items() if " " in surface}


def _capitalised_name(span: Span, start: int) -> str | None:
    """The code of the capitalised name of a state or organisation that begins at a token, if any."""
    names, words = _names_in_capitals(), []
    for token in span.doc[start:min(start + 6, span.end)]:
        if not token.is_upper:
            break
        words.append(token.text)
        if " ".join(words) in names:
            return names[" ".join(words)]
    return None


def _token_arrays(doc: Doc) -> tuple[numpy.ndarray, ...]:
    """Tags, forms and dependency labels (string hashes: unsigned), heads and parts of speech (offsets: signed),
    lemmas and lower-cased forms (hashes), read once for the scans below: the tokens of a long document are many."""
    tags, orths, deps, heads, pos, lemmas, lowers = doc.to_array([TAG, ORTH, DEP, HEAD, POS, LEMMA, LOWER]).T
    return tags, orths, deps, heads.astype(numpy.int64), pos.astype(numpy.int64), lemmas, lowers


class _HashIndex:
    """A token array of string hashes as its distinct hashes, sorted, and where each token's stands: a word list is
    looked up among the few hundred distinct words of a document, not once per token (a search of unsorted values,
    one per token of a long document, is what costs)."""

    def __init__(self, values: numpy.ndarray):
        self.distinct, self.at = numpy.unique(values, return_inverse=True)

    def among(self, hashes: numpy.ndarray) -> numpy.ndarray:
        """Which tokens' hashes are among the sorted hashes."""
        return _among(self.distinct, hashes)[self.at]


def _sums_of_money(doc: Doc, tags, orths, heads, pos) -> list[Span]:
    """Amounts written with a currency sign (`$3 billion`, `€500m`); the parser's entities miss many. Found from the
    signs up: the signs are few."""
    strings = doc.vocab.strings
    signs = numpy.flatnonzero(_any_of(orths, [strings[sign] for sign in CURRENCY_SIGNS])
                              | (tags == numpy.uint64(strings["$"])))
    amounts = sorted({int(i + heads[i]) for i in signs.tolist() if heads[i] and pos[i + heads[i]] in AMOUNT_POS})
    return [doc[i:i + 1] for i in amounts]


@lru_cache(maxsize=1)
def _currency_hashes() -> numpy.ndarray:
    return numpy.array(sorted(hash_string(word) for word in lexicon().roles["currencies"]), numpy.uint64)


def _counted_currencies(doc: Doc, lower_index: "_HashIndex") -> set[int]:
    """The currency names a number counts, on the name or on the noun it modifies (`40 million pounds`, `a 1.5 billion
    euro tranche`). Found from the currency names: they are few."""
    named = numpy.flatnonzero(lower_index.among(_currency_hashes())).tolist()
    return {i for i in named if any(c.pos_ == "NUM" for c in (*doc[i].children, *doc[i].head.children))}


def _sums_in_words(doc: Doc, counted: set[int]) -> set[int]:
    """The counted currency names that are sums of their own (`froze 40 million pounds held by`): the number on the
    name itself, the name no modifier of another noun (`a 1.5 billion euro tranche` is the tranche's, `2,000-pound
    bombs` weigh) and counting nothing (`500 pounds of explosives` weigh)."""
    return {i for i in counted if any(c.pos_ == "NUM" for c in doc[i].children)
            and doc[i].dep_ not in SUM_MODIFIER_DEPS and not _prep_objects(doc[i], "of")}


def _light_nouns_of_sums(doc: Doc, sum_roots: set[int], counted: set[int], roles) -> dict[int, int]:
    """The light noun each sum or counted currency name modifies (`transferred a 1.5 billion euro tranche of windfall
    profits`, `a $700 million tranche`, `a 500 million euro package`), by the sum's root: the noun is the money given
    and heads the phrase a frame reads; any other noun a sum modifies (`a $2 billion deal`) leaves the sum as it
    is."""
    held = {}
    for i in sorted(sum_roots | counted):   # (the parser hangs the number on the currency or on the noun)
        money = doc[i]
        while money.dep_ == "compound" and money.head.i != money.i and money.head.lower_ in roles["currencies"]:
            money = money.head   # "$1.5 billion dollar": the currency's name
        noun = money.head
        if (money.dep_ in SUM_MODIFIER_DEPS and noun.pos_ in NOUN_POS and noun.i > money.i
                and noun.lemma_.lower() in roles["light_nouns"]):
            held[i] = noun.i
    return held


@lru_cache(maxsize=1)
def _holding_verb_hashes() -> numpy.ndarray:
    """The hashes of the roles.json `holding_verbs`, sorted, to look the lemma array up in."""
    return numpy.array(sorted(hash_string(word) for word in lexicon().roles["holding_verbs"]), numpy.uint64)


@lru_cache(maxsize=1)
def _detaining_verb_hashes() -> numpy.ndarray:
    return numpy.array(sorted(hash_string(word) for word in lexicon().roles["detaining_verbs"]), numpy.uint64)


@lru_cache(maxsize=1)
def _held_pronoun_hashes() -> numpy.ndarray:
    return numpy.array(sorted(hash_string(word) for word in HELD_PRONOUNS), numpy.uint64)


def _described_as_held(doc: Doc, deps, heads, lemma_index: _HashIndex, lower_index: _HashIndex) -> list[int]:
    """The nouns a participle of holding describes (`people arrested during the protests`, `activists jailed over
    the 2020 protests`) or a verb of detaining takes as its object (`the junta, which had detained 11 gendarmes`),
    and the object pronoun that next stands for them in the sentence (`released 33 fishermen held for poaching and
    handed them over`): held people, whom a release frees and a handover returns, not goods delivered; read from the
    token arrays once per article."""
    strings = doc.vocab.strings
    described = numpy.flatnonzero((deps == numpy.uint64(strings["acl"])) & lemma_index.among(_holding_verb_hashes()))
    objects = deps == numpy.uint64(strings["dobj"])
    detaining_heads = lemma_index.among(_detaining_verb_hashes())[heads + numpy.arange(len(heads))]
    detained = numpy.flatnonzero(objects & detaining_heads)
    held = sorted(set((described + heads[described]).tolist()) | set(detained.tolist()))
    pronouns = numpy.flatnonzero(objects & lower_index.among(_held_pronoun_hashes()))
    standing_for = []
    for person in held:
        sentence = doc[person].sent
        later = pronouns[(pronouns > person) & (pronouns < sentence.end)]
        if len(later):
            standing_for.append(int(later[0]))
    return held + standing_for


@lru_cache(maxsize=1)
def _two_word_phrases() -> dict[str, list[str]]:
    """The matcher keys of each two-word term or class phrase (`military assistance`: a term of arms deliveries, a
    word of the weapons class), by its lower-cased words."""
    keys: dict[str, list[str]] = {}
    for key, phrases in lexicon().terms.items():
        if key.startswith(("T|", "C|")):
            for phrase in phrases:
                if len(phrase.split()) == 2:
                    keys.setdefault(phrase.lower(), []).append(key)
    return keys


@lru_cache(maxsize=1)
def _issuing_first_words() -> frozenset[str]:
    """The first words of the issuing verbs' forms: a form starts with its verb (`add to`), so only a verb named by
    one of them can be an issuing verb."""
    return frozenset(phrase.split()[0] for phrase in lexicon().notices["issuing_verbs"])


@lru_cache(maxsize=1)
def _disclaiming_words() -> frozenset[str]:
    """The words a verb that may take a `disclaimed_acts` form is lemmatised or written as: each form's first word
    (a form starts with its verb), its part after a hyphen (the tokenizer splits `build-up` and the parser hangs it
    on `up`) and its forms in `-d`, `-s` and `-ing` (a lemma that lost its final `e`: `_base_lost_final_e`). Only
    these verbs are read for a disclaimer: a long text has hundreds of verbs."""
    firsts = {phrase.split()[0] for phrase in lexicon().notices["disclaimed_acts"]}
    uncut = {form for word in firsts if word.endswith("e") for form in (f"{word}d", f"{word}s", f"{word[:-1]}ing")}
    return frozenset(firsts | {word.split("-")[-1] for word in firsts} | uncut)


@lru_cache(maxsize=1)
def _phrase_openers() -> numpy.ndarray:
    """The hashes of the first words of the two-word phrases, sorted: the only modifiers worth a look."""
    return numpy.unique(numpy.array([hash_string(phrase.split()[0]) for phrase in _two_word_phrases()], numpy.uint64))


def _separated_phrases(doc: Doc, deps, heads, lower_index: _HashIndex) -> set[tuple[int, int, int]]:
    """Matches, as the phrase matchers give them, of a two-word phrase whose modifier is kept from its noun, which the
    matchers cannot see: coordinated with other modifiers (`military and military-technical assistance`, `air, rail
    and postal links`) or
    followed by words that only say what kind of it (`military material assistance`, `military technical aid`,
    the modifier hanging on the noun itself, not on the nouns between, unlike `military family support`), up to
    the first word it makes a phrase with (`military logistics aid package`); a phrase the modifier makes with the
    next word, or a word between with that word, stands (`military support package`, `severe economic
    consequences`). From the modifier to the phrase's noun; found from the coordinated or distant modifiers up:
    they are few."""
    strings = doc.vocab.strings
    amod, conj = numpy.uint64(strings["amod"]), numpy.uint64(strings["conj"])
    kinds = {strings["compound"], strings["amod"]}
    phrases, found = _two_word_phrases(), set()

    def keys_of(modifier: Token, noun: Token) -> list[str]:
        return (phrases.get(f"{modifier.lower_} {noun.lower_}")
                or phrases.get(f"{modifier.lower_} {noun.lemma_.lower()}", []))

    def add(modifier: Token, noun: Token) -> None:
        found.update((strings[key], modifier.i, noun.i + 1) for key in keys_of(modifier, noun))

    modifier_kinds = kinds | {strings["nmod"]}
    for i in numpy.flatnonzero(deps == conj).tolist():
        first = i + int(heads[i])   # the first word of the coordination ("air, rail, road and sea links")
        while deps[first] == conj and heads[first]:
            first += int(heads[first])
        if deps[first] not in modifier_kinds:
            continue
        noun = doc[first].head
        for modifier in (doc[first], doc[i]):  # "economic and military aid": each of them
            if noun.i > modifier.i + 1:  # next to its noun: the matchers found it
                add(modifier, noun)
    for i in numpy.flatnonzero((deps == amod) & (heads > 1) & lower_index.among(_phrase_openers())).tolist():
        if not kinds.issuperset(deps[i + 1:i + int(heads[i])].tolist()):
            continue
        noun = next((t for t in doc[i + 1:i + int(heads[i]) + 1] if keys_of(doc[i], t)), None)
        if noun is not None and noun.i > i + 1 and not any(keys_of(doc[j], noun) for j in range(i + 1, noun.i)):
            add(doc[i], noun)  # "military material assistance", "military logistics aid package"; not "military
            # support package" nor "severe economic consequences", whose phrases the matchers found
    return found


def _capitalised_phrase(head: Token) -> Span:
    """The capitalised name a noun heads, with its capitalised modifiers and `of`/`for` phrase (`the Agency for
    Financial Monitoring`, `The Anti-Money Laundering Secretariat`, `the Minister of the Interior`), without its
    article."""
    doc, words = head.doc, {t.i for t in head.subtree}
    start = head.i
    while start - 1 in words and doc[start - 1].pos_ != "DET" and (doc[start - 1].is_title or doc[start - 1].is_upper
                                                                  or doc[start - 1].text == "-"):
        start -= 1
    end = head.i + 1
    while end in words and (doc[end].is_title or doc[end].is_upper or doc[end].lower_ in {"of", "for", "and", "-"}
                            or doc[end].lower_ == "the" and doc[end - 1].lower_ in {"of", "for"}):
        end += 1
    while end - 1 > head.i and not (doc[end - 1].is_title or doc[end - 1].is_upper):
        end -= 1
    return doc[start:end]


class _Article:
    """One document's matches, context and resolved actors, shared by all of its signals."""

    def __init__(self, doc: Doc, cast, headline_issuer: Callable[[], str | None] | None = None,
                 headline: Callable[[], tuple[Doc, object]] | None = None, publisher: str | None = None):
        self.doc, self.cast, self.lex = doc, cast, lexicon()
        self.publisher = publisher   # the state or organisation whose official host published the text
        self.own_issuer: str | None = None   # the document's issuer, while its own measure is read (`_own_measure`)
        self.headline = headline   # the headline parsed, with its actors: asked for only by a notice
        self.heading: _Article | None = None   # the headline's own article, once read
        self.sentences = list(doc.sents)
        self.sentence_of_token = numpy.repeat(numpy.arange(len(self.sentences)), [len(s) for s in self.sentences])
        self.headline_issuer = headline_issuer
        self.classes: dict[int, set[str]] = {}
        self.hedged_sents: set[int] = set()
        self.condition_tokens: set[int] = set()
        self.refusal_tokens: set[int] = set()
        self.threat_tokens: set[int] = set()
        self.force_means: list[Span] = []   # `by force`, `by other means`: how an act would be done
        self.penalties: list[Span] = []   # `would pay a heavy price`: what a party is told it will suffer
        self.hostile_designations: list[Span] = []   # `a declaration of war`, `legitimate targets`
        self.term_spans: list[tuple[Span, str, str, str]] = []
        self.class_spans: list[tuple[int, int, str]] = []   # (start, end, class) of each class word or phrase
        # the acts a notice states in its own voice: a grant withheld (`_withheld_grants`), a notice frame's act
        self.own_voice_acts: set[int] = set()
        self.enacted = False
        self.formal = False   # a notice's own wording: `are hereby advised`, `In exercise of the powers conferred`
        self.regulated: list[Span] = []   # each party a notice may oblige (`reporting entities`, `licensed banks`)
        self.in_force: list[int] = []   # where a phrase puts something in force starts (`shall take effect`)
        self.implementing: list[int] = []   # where a phrase carrying out a decision starts (`gives effect to`)
        self.office_mentions: list[tuple[int, int, str]] = []   # (start, end, kind) of each publishing office
        by_lemma, by_lower = _matchers(doc.vocab)
        found = set(by_lemma(doc))   # (match id, start, end) tuples, as the matchers give them
        found.update(by_lower(doc))
        tags, self.orths, self.deps, heads, self.pos, self.lemmas, self.lowers = _token_arrays(doc)
        self.lemma_index, self.lower_index = _HashIndex(self.lemmas), _HashIndex(self.lowers)
        # "military and military-technical assistance"
        found |= _separated_phrases(doc, self.deps, heads, self.lower_index)
        sums = _sums_of_money(doc, tags, self.orths, heads, self.pos)
        counted = _counted_currencies(doc, self.lower_index)
        self.sum_roots = {money.root.i for money in sums} | _sums_in_words(doc, counted)
        # "sent $50 million to Gaza": funds given; "a 1.5 billion euro tranche of": the light noun is the money
        held = _light_nouns_of_sums(doc, self.sum_roots, counted, self.lex.roles)
        for money in (doc[i:i + 1] for i in self.sum_roots - set(held)):
            self.class_spans.append((money.start, money.end, MONEY_CLASS))
            self.classes.setdefault(money.root.i, set()).add(MONEY_CLASS)
        for noun in set(held.values()):
            self.class_spans.append((noun, noun + 1, MONEY_CLASS))
            self.classes.setdefault(noun, set()).add(MONEY_CLASS)
        owned = {i for i in self.sum_roots if any(c.dep_ == "acl" and c.lemma_.lower() in self.lex.roles["owning_participles"]
                                                  for c in doc[i].children)}
        for money in owned:   # "C$12 million held by three former senators has been frozen": the owners' assets
            self.class_spans.append((money, money + 1, ASSETS_CLASS))
            self.classes.setdefault(money, set()).add(ASSETS_CLASS)
        for body in self._organisations(heads):  # "withdrew from the International Criminal Court"
            self.class_spans.append((body, body + 1, ORGANISATION_CLASS))
            self.classes.setdefault(body, set()).add(ORGANISATION_CLASS)
        # "freed 103 people arrested"
        for held in set(_described_as_held(doc, self.deps, heads, self.lemma_index, self.lower_index)) - owned:
            self.class_spans.append((held, held + 1, "detainees"))
            self.classes.setdefault(held, set()).add("detainees")
        terms, class_of = [], _class_keys()
        for match_id, start, end in found:
            name = class_of.get(match_id)   # (most matches are of class words: their class is found by the id)
            if name is not None:
                self.class_spans.append((start, end, name))
                for i in range(start, end):
                    self.classes.setdefault(i, set()).add(name)
                continue
            key = doc.vocab.strings[match_id]   # a span is made only where one is kept
            if key == "H":
                self.hedged_sents.add(doc[start:end].sent.start)
            elif key == "P":
                self.condition_tokens.update(range(start, end))
            elif key == "R":
                self.refusal_tokens.update(range(start, end))
            elif key == "Q":
                self.threat_tokens.update(range(start, end))
            elif key == "M":
                self.force_means.append(doc[start:end])
            elif key == "K":
                self.penalties.append(doc[start:end])
            elif key == "D":
                self.hostile_designations.append(doc[start:end])
            elif key == "E":
                self.enacted = True   # an adopted act: `HAS ADOPTED THIS REGULATION`
            elif key == "F":
                self.formal = True
            elif key == "N":
                self.regulated.append(doc[start:end])
            elif key == "V":
                self.in_force.append(start)
            elif key == "G":
                self.implementing.append(start)
            elif key.startswith("O|"):
                self.office_mentions.append((start, end, key[2:]))
            else:
                _, kind, strength, pos = key.split("|")
                if _term_stands(doc, start, end, pos, self.lex.acronyms):
                    terms.append(Span(doc, start, end, label=f"{kind}|{strength}|{pos}"))
        self._mark_arms_trade(doc)
        self._mark_combat_aircraft(doc)
        bodies = self.lex.notices["issuing_bodies"]
        for i in self._holding({"civilian"}):  # a word of an everyday phrase (`price war`, `war of words`) is not war
            self.classes[i].discard("military")
            if _in_body_name(doc[i], bodies):
                self.classes[i].discard("civilian")  # "the Revenue Agency", "the Trade Board": an office, not a market
        # nor one of a longer relief phrase (`water bombers`, `military doctors`)
        for start, end, name in self.matches_of({"relief", "mining_sites"}):
            if name == "relief" and end - start > 1:
                for i in range(start, end):
                    self.classes[i].discard("military")
            elif name == "mining_sites":  # "Mopani Copper Mines", "a gold mine": a pit, no weapon
                for i in range(start, end):
                    self.classes[i] -= {"military", "weapons"}
        starts = [sentence.start for sentence in self.sentences]
        class_words = list(self.classes)   # (each class word's sentence read off the array, in C)
        sentence_of = dict(zip(class_words, map(starts.__getitem__, self.sentence_of_token[class_words].tolist())))
        armed_sents = {sentence_of[i] for i in self._holding(ARMED_CLASSES)}
        for i in self._holding({"match_clock"}):  # "in the 88th minute", not "the army attacked in the 5th minute"
            if sentence_of[i] not in armed_sents and _counted_in_order(doc[i]):
                self.classes[i].add("sport")
        fighting_sents = {sentence_of[i] for i in self._holding(FIGHTING_CLASSES)}
        result_sents = {sentence_of[i] for i in self._holding({"match_results"})}
        # the text is read for scores only where a result word stands outside fighting: most articles have none
        scored_sents = self._scoreline_sentences(doc, starts, result_sents - fighting_sents)
        # "held their 1-0 lead", "fired a rocket as Madrid thrashed Valencia 5-1", not "voted 13-2": a score is surer
        # than a match clock, so a shot called a rocket stays sport
        for i in self._holding({"match_results"}):
            if sentence_of[i] in scored_sents:
                self.classes[i].add("sport")
        victim_sents = {sentence_of[i] for i in self._holding({"casualties"})}
        # "an attack claimed by the Houthis hit Jeddah days before it hosts a Formula One race": no team is an armed or
        # political group
        group_sents = {starts[self.sentence_of_token[i]] for i in cast.referring_tokens()
                       if cast.actor_of(i).type == "group"}
        self.sport_sents = {sentence_of[i] for i in self._holding({"sport"})} - victim_sents - group_sents
        self.match_sequels = self._match_report_sequels(starts, armed_sents | victim_sents)
        # "launched its rocket into orbit", "unveiled a bomber at the war memorial": no military setting either
        self.civil_sents = {sentence_of[i] for i in self._holding({"civil_domains"})} - victim_sents
        not_military = self.sport_sents | self.civil_sents | self.match_sequels
        for i in self._holding({"military"}):  # "Portugal launched attack after attack in the closing minutes"
            if sentence_of[i] in not_military:
                self.classes[i].discard("military")
        self.civil_names, self.possible_civil_names = self._civil_body_names(sentence_of)
        for i in self.civil_names & self.classes.keys():  # "the Tartan Army", "Old Navy": no armed force
            self.classes[i].discard("military")
        for i in self._holding({"forces", "military"}):  # "an army of travelling fans": many people, no armed force
            words = self.classes[i]
            if _force_of_civilians(self, doc[i]):
                words.discard("military")
            elif "military" in words and doc[i].pos_ in NOUN_POS and (_ware_invaders(self, doc[i])
                                                                      or _pest_invaders(self, doc[i])):
                words.discard("military")  # "the invasion of streaming giants": a market's figure of speech;
                # "a locust invasion", "an invasion of stink bugs": pests, no armed force
        # "as part of its war on childhood obesity": a campaign, no armed force
        for i in self._holding({"campaign_wars"}):
            if "military" in self.classes[i] and sentence_of[i] not in armed_sents and _war_on_nuisance(self, doc[i]):
                self.classes[i].discard("military")
        for i in self._holding({"casualties"}):  # "an explosion at a fireworks factory killed eight workers": deaths in
            if "military" in self.classes[i] and _accidental_deaths(self, doc[i]):  # an accident
                self.classes[i].discard("military")
        kept = _longest_terms(terms)  # longest wins: "military buildup"
        for span in sorted(terms, key=lambda span: (span.start, span.label_)):  # a word of two kinds is both
            if (span.start, span.end) not in kept:
                continue
            kind, strength, pos = span.label_.split("|")
            self.term_spans.append((span, kind, strength, pos))
        self.event_verbs = self.lex.roles["event_verbs"]
        self.light_nouns = self.lex.roles["light_nouns"]
        self.patient_verbs = self.lex.roles["patient_verbs"]
        self.measure_patient_verbs = self.patient_verbs | self.lex.roles["bearing_verbs"]  # `accepted the sanction`
        self.threat_verbs = self.lex.cues["threatened"]["verbs"]
        self.requests = self.lex.cues["proposed"]["requests"]
        self.deliberations = self.lex.cues["proposed"]["deliberations"]
        self.request_auxiliaries = self.lex.cues["proposed"]["request_auxiliaries"]
        self.proposals = self.lex.cues["proposed"]["verbs"] | self.lex.cues["proposed"]["nouns"]
        self.actor_nouns = self.lex.roles["actors"]
        self.context_objects = self.lex.roles["context_objects"]
        self.accusations = self.lex.cues["accusations"]
        self.sentence_classes: dict[int, set[str]] = {}   # sentence start -> the classes of its words
        for i, words in self.classes.items():
            self.sentence_classes.setdefault(sentence_of[i], set()).update(words)
        # every class the document's words have: a guard that needs a class the document lacks is not read further
        self.doc_classes: set[str] = set().union(*self.sentence_classes.values())
        self.issuing_acts: dict[str, list[tuple[int, str, bool]]] = {}
        self.service_states: list[str] | None = None  # the states whose services the article names, read once
        self.opening: str | None = None   # the name of the body the document opens with, once read
        self.notice: bool | None = None   # whether the document is a notice of measures, once read
        self.record_party: bool | None = None   # whether the text is a record with a field naming its party, once read
        self.delivery_fields: dict[str, list[Span]] | None = None   # a delivery record's field values, once read
        self.label_colons: list[tuple[Span, int]] | None = None   # the colons after a record's labels, once read
        self.relief: bool | None = None   # whether the notice grants relief from measures (a licence), once read
        self.withdrawing: dict[str, bool] = {}   # kind -> whether the notice only withdraws measures of it, once read
        self.notice_act: tuple | None = None   # (code, name, body) of the official body a notice has acting, once read
        self.verbs: list[int] | None = None   # where the verbs are, once read
        self.verb_index: dict[str, list[int]] | None = None   # each verb lemma or form, lower-cased -> its verbs, once
        self.acts: dict[str, list[Token]] = {}   # key -> the words that name a legal act or decision, once read
        self.term_words_of: dict[str | None, set[int]] = {}   # kind -> where its terms lie, once read
        self.issuing_clauses: list[tuple] | None = None   # the issuing verbs' clauses, once read
        self.sentence_texts: dict[int, str] = {}   # sentence start -> its text, built once
        self.frame_heads: dict[int, set[str]] | None = None   # sentence -> its words that can head a frame, once read
        self.codes: dict[int, str | None] = {}   # token index -> its state or organisation code, once read
        self.refs: dict[str, ActorRef] = {}   # code -> the actor it names, once built
        self.subjects: dict[int, Token | None] = {}   # verb index -> its subject, once read
        self.sentence_states: dict[int, list[tuple[Token, str]]] = {}   # sentence start -> its states, once read
        self.clause_verbs: dict[int, tuple[Token | None, Token]] = {}   # token index -> (its clause verb, the chain
        # token directly under it), once read

    def _holding(self, names: set[str] | frozenset[str]) -> list[int]:
        """The class words holding any of the classes named, in the classes' order: each of the article's passes over
        its class words is about a few of them. (A disjointness test builds no set per class word, as an intersection
        does.)"""
        names = frozenset(names)
        return [i for i, words in self.classes.items() if not names.isdisjoint(words)]

    def matches_of(self, names: set[str] | frozenset[str]) -> list[tuple[int, int, str]]:
        """The class matches (start, end, class) of the classes named, in order: most matches are of other classes."""
        return [match for match in self.class_spans if match[2] in names]

    def _mark_arms_trade(self, doc: Doc) -> None:
        """A trade noun whose `of` is a weapon (`the prohibition on the supply, sale or transfer of arms`) is what a
        measure cuts off, as `arms sales` is (the `penalised` class); the first noun it is conjoined with too. The
        sale of alcohol or bread stays no such object: a ban on it is trade policy at home."""
        trade = self.lex.roles["arms_trade_nouns"]
        for start, end, _ in self.matches_of({"weapons"}):
            root = _head_of_words(doc, start, end)
            noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
            while noun is not None and (noun.lemma_.lower() in trade or noun.lower_ in trade):
                self.class_spans.append((noun.i, noun.i + 1, "penalised"))
                self.classes.setdefault(noun.i, set()).add("penalised")
                noun = noun.head if noun.dep_ == "conj" and noun.head.i != noun.i else None

    def _mark_combat_aircraft(self, doc: Doc) -> None:
        """A role word of combat aircraft (`combat_roles`: fighters, bombers), which also names armed men or a force
        moved, is a weapon where a receipt takes it (`materiel_receipts`: `took delivery of its first fighters`,
        `received two interceptors`), or where a type designation no party stands behind describes it in a sentence
        that tells a handover (`handover_words`: `FA-50 fighters landed as South Korea handed over the first batch`;
        not `M23 fighters`, nor `sent four B-1 bombers to Guam`): materiel handed over, not a force that moves."""
        designation = _designations().test
        receipts, handovers = self.lex.roles["materiel_receipts"], self.lex.roles["handover_words"]
        for i in self._holding({"combat_roles"}):
            word = doc[i]
            taker = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "of" else word.head
            received = word.dep_ in {"pobj", "dobj"} and lemma(taker) in receipts
            named = any(c.dep_ in TYPE_DEPS and designation(c.text) and not self.cast.code_at(c)
                        for c in word.children)
            if received or named and any(lemma(t) in receipts or lemma(t) in handovers for t in word.sent):
                self.class_spans.append((i, i + 1, "weapons"))
                self.classes[i].add("weapons")

    def _civil_body_names(self, sentence_of: dict[int, int]) -> tuple[set[int], set[int]]:
        """The words of names that hold a military word but name no armed body (classes.json `civil_bodies`: `the
        Tartan Army`, `the Salvation Army`, `Old Navy`), and the heads of names that may be such a body: a
        capitalised military word with a capitalised modifier no state or organisation code stands behind and no
        word of an armed group's name (`armed_name_words`: not `the Lord's Resistance Army`), in a sentence of
        fandom, sport, music, shops or charity (`name_contexts`: `the band Ocean Brigade will tour`), which the
        act's own sentence must confirm (`_civil_setting`). Read once per article, over the class words only."""
        known = set(self._holding({"civil_bodies"}))
        contexts = {sentence_of[i] for i in self._holding({"name_contexts"})}
        armed_words = self.lex.roles["armed_name_words"]
        possible = set()
        for i in self._holding(CIVIL_NAME_HEAD_CLASSES):
            if i in known or sentence_of[i] not in contexts:
                continue
            head = self.doc[i]   # a token made only for a word that may head such a name
            if not head.text[:1].isupper() or head.is_sent_start or self.cast.code_at(head):
                continue
            name = [t for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < i for t in c.subtree]
            if (any(t.text[:1].isupper() for t in name) and not any(self.cast.code_at(t) for t in name)
                    and not any(t.lemma_.lower() in armed_words or t.lower_ in armed_words for t in name)):
                possible.add(i)
        return known, possible

    def issuer(self, kind: str, trigger: Token) -> str | None:
        """The state or organisation that issues the document's measures of this kind, for a measure whose sentence
        names none (`12 entries have been added to the Consolidated List and are now subject to an asset freeze`):
        the nearest one acting before the measure, else the first acting after it, else a publishing office the
        document names, else, in an adopted act, the body its preamble opens with (`THE COUNCIL OF THE EUROPEAN UNION,
        ... HAS ADOPTED THIS REGULATION`), else the one the legal act it opens with is named for, else the party the
        headline has acting, else the official host's state or organisation that published it where the text is a
        notice of measures or states the measure as law (`_stated_as_law`) (`publisher_of`; a speech or a report on an
        official site only mentions them), else the state whose businesses or people the notice obliges (`Danish
        banks must report any frozen funds`): its authorities publish the notice."""
        if kind not in self.issuing_acts:  # read once per article and kind
            self.issuing_acts[kind] = self._issuing_acts(kind)
        acts = [(i, code) for i, code, withdrawn in self.issuing_acts[kind] if not withdrawn]
        before = [code for i, code in acts if i < trigger.i]
        if before or acts:
            return before[-1] if before else acts[0][1]
        if self.issuing_acts[kind]:
            return None  # a delisting notice: the measures it names are the ones withdrawn
        if self.grants_relief():
            return None  # a licence or an authorisation: the measures it names are the ones it relieves
        if self.disclaims_measures:
            return None  # guidance that says it imposes nothing: the measures it names are its topic
        return (self._publishing_office(kind) or self._enacting_body() or self._opening_act()
                or (self.headline_issuer() if self.headline_issuer else None)
                or (self.publisher if self.publisher and (self.is_notice() or _stated_as_law(self, trigger)) else None)
                or self.obliged_state
                or self._opening_state(kind, trigger))

    def _enacting_body(self) -> str | None:
        """The first state or organisation of an adopted act's opening sentence: the body that enacts it, also where
        the act writes it in capitals (`THE COUNCIL OF THE EUROPEAN UNION`), which the actor layer does not read."""
        if not self.enacted:
            return None
        opening = self.sentences[0]
        for token in opening:
            code = self.cast.code_at(token) or token.is_upper and _capitalised_name(opening, token.i)
            if code:
                return code
        return None

    def _opening_act(self) -> str | None:
        """The state or organisation a notice's opening legal act is named for, where the act is the subject (or the
        heading) of its first sentence (`Council Decision (CFSP) 2024/2170 amends`, `Russia's decree bans`)."""
        acts = self.lex.notices["legal_acts"]
        act = next((t for t in self.sentences[0] if t.dep_ in {"nsubj", "nsubjpass", "ROOT"} and t.pos_ in NOUN_POS
                    and t.lemma_.lower() in acts), None)
        return self.code_of(act) if act is not None else None

    def operative_body(self, verb: Token) -> str | None:
        """The state or organisation of the council a decision's operative paragraph speaks for, for a verb with no
        subject of its own: a communique or resolution opens with the council (`The Peace and Security Council of the
        African Union (AU), at its 1312th meeting, ...`) and numbers bare present-tense verbs whose subject it is (`6.
        Decides to impose targeted sanctions`, `7. Requests all Member States to`). The paragraph's verb (the one the
        verb's clause climbs to) opens its sentence or follows a paragraph number; the council is the official body
        that opens the text as its first sentence's subject, coded by the organisation its `of` names (`of the
        African Union`), else as the actor layer codes it. An infinitive that the paragraph's verb asks of its object
        (`Urges all parties to cease hostilities`) is that object's act."""
        top = verb
        while top.dep_ in SUBJECT_CLIMB_DEPS and top.head.pos_ in VERB_POS:
            if top.dep_ == "xcomp" and any(c.dep_ in {"dobj", "dative"} for c in top.head.children):
                return None   # "4. Urges all parties to cease hostilities": the parties urged are to act
            top = top.head
        if top.tag_ != "VBZ" or not top.is_title or top.i == 0 or _subject(top) is not None:
            return None
        numbered = top.i >= 2 and self.doc[top.i - 1].text in {".", ")"} and (
            self.doc[top.i - 2].like_num or self.doc[top.i - 2].tag_ == "LS")
        if not (numbered or top.i == self.sentence(top).start):
            return None
        opening = self.sentences[0]
        council = next((t for t in opening if t.dep_ == "nsubj" and t.left_edge.i == opening.start
                        and t.i < top.i and self._official(t)), None)
        if council is None:
            return None
        return next((code for p in _prep_objects(council, "of") if (code := self.code_of(p))), None) or self._body_of(
            council)[0]

    def opening_body(self) -> str | None:
        """The name of the official body a notice opens with as the subject of its first sentence (`The Competent
        Authority ... has amended the List`, `The Agency for Financial Monitoring informs that`, `the High Court has
        made an Order`), or its root where it has no verb (a heading, or an opening the parser cut short): a
        capitalised name headed by a notices.json `issuing_bodies` word that names no state the gazetteer codes (a
        gazette's authority, an interior ministry, a national committee; `the Ministry of Defence of Ukraine` is
        Ukraine's, for the coded acts to place). It issues the notice's measures when the text, the
        acts in it and its headline name no state for them. A body that opens by withdrawing measures (`The Council
        today decided to lift`) lends itself to none: the measures the notice names are the ones it ends; nor one of
        a notice that advises (`Information on the humanitarian exemption`): the measures it names are the topic."""
        if self.opening is None:
            notices = self.lex.notices
            # the parser may hang the name on the verb it reads as a noun (`The ... Secretariat informs`)
            head = next((t for t in self.sentences[0] if (t.dep_ in {"nsubj", "ROOT"} or t.dep_ == "compound"
                                                           and t.head.dep_ in {"nsubj", "ROOT"} and t.head.is_lower)
                         and t.is_title and self._official(t) and not self.code_of(t)),
                        None)
            name = _capitalised_phrase(head) if head is not None else None
            withdrawn = head is not None and any(t.lemma_.lower() in notices["withdrawals"]
                                                 and not _asked_for(t, notices["request_nouns"])
                                                 for t in head.head.subtree)   # (not `refuse licence applications`)
            coded = name is not None and any(self.cast.code_at(t) for t in name)
            advisory = name is not None and self._advisory()   # "has issued a public compliance communication"
            relief = name is not None and self.grants_relief()   # "has authorised the release of frozen funds"
            self.opening = name.text if name is not None and not (withdrawn or coded or advisory or relief) else ""
        return self.opening or None

    def is_notice(self) -> bool:
        """Whether the document is a notice of measures, which states its own measures: an adopted act, a text in a
        notice's own wording (`are hereby advised`, `In exercise of the powers conferred`) or one that obliges
        regulated parties (`Reporting entities must freeze`, `all licensed banks are instructed to`), unless it
        advises or withdraws (`Guidance on screening transactions`, `Removal of a name from the list`). News that
        reports a measure does none of this. Read once, when a measure finds no issuer."""
        if self.notice is None:
            self.notice = ((self.enacted or self.formal or self._obliges_parties() or self._names_itself_an_act()
                            or self._orders_in_present() or self._titled_notice()) and not self._advisory())
        return self.notice

    def lists_record_party(self) -> bool:
        """Whether the text is a record of fields, one a sentence (`Name: ...`, `Nationality: ...`: a table turned
        into sentences), one of which names the party it lists (notices.json `record_party_labels`): a measure in
        another field (`Measures: asset freeze`) falls on that party. Read once, only for a notice's own measure."""
        if self.record_party is None:
            labels = self.lex.notices["record_party_labels"]
            self.record_party = any(sent[:colon - sent.start].text.lower() in labels
                                    for sent, colon in self._label_colons())
        return self.record_party

    def _label_colons(self) -> list[tuple[Span, int]]:
        """(sentence, colon's index) of each colon among the second to fifth words of a sentence (`Name:`, `Donor:`),
        in order: a record's labels. Found from the colons up, once: a long notice has many sentences, few colons."""
        if self.label_colons is None:
            colons = numpy.flatnonzero(self.orths == numpy.uint64(self.doc.vocab.strings[":"])).tolist()
            self.label_colons = [(sent, i) for i in colons
                                 if 1 <= i - (sent := self.sentences[self.sentence_of_token[i]]).start <= 4]
        return self.label_colons

    def delivery_record(self) -> dict[str, list[Span]]:
        """The fields of a delivery written as a record, one a sentence (`Donor: ...`, `Recipient: ...`, `Items: ...`;
        notices.json `delivery_record_labels`): for each kind of field, the words after each such label's colon. A
        record spreads one delivery over its sentences, no one of which tells it whole. Read once."""
        if self.delivery_fields is None:
            labels = self.lex.notices["delivery_record_labels"]
            self.delivery_fields = {kind: [] for kind in labels}
            labelled = {}   # sentence start -> (the sentence, its first such colon)
            for sent, colon in self._label_colons():
                labelled.setdefault(sent.start, (sent, colon))
            for sent, colon in labelled.values():
                label = sent[:colon - sent.start].text.lower()
                for kind in (kind for kind, words in labels.items() if label in words):
                    self.delivery_fields[kind].append(self.doc[colon + 1:sent.end])
        return self.delivery_fields

    def speaks_for_issuer(self) -> bool:
        """Whether the text is a notice (published on an official host, or worded as one), whose own acts on a party
        are its measures: only there does an everyday verb (`rejected`, `attached`, `refused boarding`) name one."""
        return bool(self.publisher) or self.is_notice()

    def _titled_notice(self) -> bool:
        """Whether an official host publishes the text under a headline that calls it a notice (`notice_titles`:
        `Financial sanctions notice: asset freeze targets added`, `Circular letter 7/2026`): a news site's headline
        names no document of its own."""
        titles = self.lex.notices["notice_titles"]
        heading = self.headline_article() if self.publisher else None
        return heading is not None and any(t.lower_ in titles for t in heading.doc)   # (a headline's tags are poor)

    def _obliges_parties(self) -> bool:
        """Whether a party a notice regulates (`reporting entities`, `licensed banks`, `no person`) is what an
        obligation (`must`, `shall`) or an order (`are instructed to`, `requests ... to`) falls on: its verb, or the
        verb its clause completes; or, in a sentence left unparsed (one with no trigger word: `Reporting entities must
        notify the Unit`), one of the next three words after it (`have been instructed`). An order in the past is news
        reporting it (`the central bank ordered lenders to`, `banks were instructed to`)."""
        notices = self.lex.notices
        obligations = notices["act_obligations"] - {"should"}
        for party in self.regulated:
            after = self.doc[party.end:party.end + 3]
            if any(t.lower_ in obligations or t.lower_ in _ordered_forms() and t.i > 0
                   and self.doc[t.i - 1].lower_ in PRESENT_PASSIVE for t in after):
                return True
            verbs = [t for t in party.root.ancestors if t.pos_ in VERB_POS][:2]
            if any(lemma_forms(verb) & notices["ordering_verbs"] and not _past(verb)
                   or any(c.dep_ == "aux" and c.lower_ in obligations for c in verb.children) for verb in verbs):
                return True
        return False

    def legal_acts(self, key: str = "legal_acts") -> list[Token]:
        """The words that name a legal act (`Decision`, `order`, `Regulations`), or with `deciding_nouns` a body's
        decision (`the approval of`, `the deliberations of`), found from the lemma and lower-case arrays: they are
        few."""
        if key not in self.acts:
            hashes = _legal_act_hashes(key)
            self.acts[key] = [self.doc[i] for i in numpy.flatnonzero(self.lemma_index.among(hashes)
                                                                     | self.lower_index.among(hashes))]
        return self.acts[key]

    def _names_itself_an_act(self) -> bool:
        """Whether the text names itself as the act it is (`These Regulations amend Schedule 1`), or puts itself or
        its act in force (`This announcement shall take effect from the date of publication`, `The decision takes
        effect as of today`): read off the words before the phrase, which a sentence with no trigger word leaves
        unparsed."""
        acts = self.legal_acts()
        if any(act.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "det" and c.lower_ in {"this", "these"}
                                                          for c in act.children) for act in acts):
            return True
        opening = self.sentences[0]
        if any(act.dep_ == "nsubj" and act.head.tag_ in PRESENT_TAGS and opening.start <= act.i < opening.end
               for act in acts):
            return True   # "The Ordinance prolongs the prohibition": the act that opens in its own present tense
        act_positions = {act.i for act in acts}
        if any(self._act_subject(self.doc[start]) in act_positions for start in self.implementing):
            return True
        for start in self.in_force:
            before = range(max(self.sentence(self.doc[start]).start, start - 4), start)
            if any(self.doc[i].lower_ in {"this", "these"} or i in act_positions for i in before):
                return True
        return False

    def _act_subject(self, verb: Token) -> int | None:
        """Where the subject of a verb that carries out a decision is (`The Regulation gives effect to`, `A decree
        ... provides for the execution of`), read through a relative pronoun to the act it stands for (`the Order,
        which implements the resolution`): an act doing that is the instrument of its measures, as one in force is."""
        subject = self.subject(verb)
        if subject is not None and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
            subject = verb.head
        return subject.i if subject is not None else None

    def _orders_in_present(self) -> bool:
        """Whether an official body orders in a notice's own present tense, whoever it orders (`The Superintendency
        of Banks instructs all supervised entities to`, `The Commission directs all capital market operators to`):
        news reports an order in the past (`the regulator ordered banks to`). Only a verb named by the first word of
        an ordering form (`call on`) can be one: those are read off the arrays, not every verb of the document."""
        notices = self.lex.notices
        ordering = notices["ordering_verbs"] | notices["relaying_verbs"] | notices["declaring_verbs"]  # (or relays
        # to them, or decrees: `the Government decrees that the assets ... are frozen`)
        named = self.verbs_named({phrase.split()[0] for phrase in ordering})
        if any(verb.tag_ in PRESENT_TAGS and lemma_forms(verb) & ordering and self._official(self.subject(verb))
               for verb in (self.doc[i] for i in named)):
            return True
        return self._misread_order() is not None

    def _misread_order(self) -> Token | None:
        """The official body of a present-tense order the parser takes for a plural noun (`The Port Authority of
        Singapore notifies all shipping agents that`, `the Government orders that`, `the Government of Latvia
        decrees that`): the noun's subject or modifier, or the body it is read as in apposition to; a compound only
        where a `that` clause follows or the noun takes an object, which no noun does (`Government orders that`,
        `The Intelligence Unit notifies all financial institutions that`; not `government orders for tanks`)."""
        for t in (self.doc[i] for i in numpy.flatnonzero(self.lower_index.among(_present_form_hashes()))):
            if t.tag_ != "NNS":
                continue
            clause = (t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "that"
                      or any(c.dep_ == "dobj" for c in t.children))
            bodies = [c for c in t.children if c.dep_ in {"nsubj", "nmod"} or c.dep_ == "compound" and clause]
            bodies += [t.head] if t.dep_ == "appos" and clause else []
            body = next((b for b in bodies if self._official(b)), None)
            if body is not None:
                return body
        return None

    def _advisory(self) -> bool:
        """Whether a notice advises or withdraws rather than takes measures: its opening sentence names advice in
        plain words (`has published updated guidance`), or its headline advice or a withdrawal (`Information on the
        humanitarian exemption`, `Notice of removal of a name from the list`, `General Licence`)."""
        advice = self.lex.notices["advisory_words"]
        if any(t.is_lower and t.lemma_ in advice for t in self.sentences[0]):
            return True
        heading = self.headline_article()
        if heading is None:
            return False
        words = advice | self.lex.notices["withdrawals"]
        described = heading.regulated_words()   # not a party's own word: `licensed banks`
        requests = self.lex.notices["request_nouns"]   # not what is asked for: `refusal of licence applications`
        advised = [t for t in heading.doc if (t.lemma_.lower() in words or t.lower_ in words) and t.i not in described
                   and not _asked_for(t, requests)]
        return bool(advised) and not (all(t.lemma_.lower() in advice for t in advised) and _names_new_measures(heading))

    def announces_no_measure(self) -> bool:
        """Whether a notice teaches, convenes or steers shipping rather than announces a measure or a delivery: its
        headline's own word (a root, or a noun the root takes other than through a preposition) is one of
        `gatherings` (`Centre conducts course for African military officers`, `The 33rd Export Control Seminar to be
        held in Tokyo`; not `Communique of the Extraordinary Session of the Conference`), or that word or the verb of
        the headline's future (`to` with a verb the root takes) is one of `visits` (`Secretary of Defense, Chairman of
        the Joint Chiefs to Visit Brussels for Ukraine Defense Contact Group`: an itinerary), or its headline or
        opening sentence speaks to one of `navigation_addressees` (`Mariners are advised that cable laying operations
        will be carried out`). Such a notice shares the words of a notice of measures (officers, licensing, vessels
        prohibited from anchoring, a contact group on arms for Ukraine), not its business."""
        notices = self.lex.notices
        heading = self.headline_article()
        headline = heading.doc if heading is not None else ()
        roots = [t for t in headline if t.dep_ == "ROOT"]
        own = [t for root in roots for t in (root, *(c for c in root.children if c.pos_ in NOUN_POS))]
        futures = [c for root in roots for c in root.children
                   if c.pos_ in VERB_POS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        return (any(t.lemma_.lower() in notices["gatherings"] for t in own)
                or any(t.lemma_.lower() in notices["visits"] for t in (*own, *futures))
                or any(t.lower_ in notices["navigation_addressees"] for t in (*self.sentences[0], *headline))
                or self.disclaims_measures)

    @cached_property
    def disclaims_measures(self) -> bool:
        """Whether the text says in its own voice that it takes no measure (`It does not have the force of law, does
        not impose any new obligations, and does not designate any persons`, `This note imposes no sanctions`): a
        present-tense `disclaimed_acts` verb, negated or with a `no` object, whose subject (through the verbs it is
        conjoined with) is one of `self_references` (the text itself: `it`, `this advisory`, `the FAQs`). Guidance
        that says so names measures only as its topic."""
        notices = self.lex.notices
        for verb in (self.doc[i] for i in self.verbs_named(_disclaiming_words())):
            if not (lemma_forms(verb) & notices["disclaimed_acts"] and self._present_or_negated(verb)):
                continue
            subject = self.subject(verb)
            if subject is not None and subject.lower_ in notices["self_references"] and (
                    subject.pos_ == "PRON" or any(c.lower_ in {"this", "these", "the"} for c in subject.children)):
                return True
        return False

    @staticmethod
    def _present_or_negated(verb: Token) -> bool:
        """Whether a verb disclaims in the present: negated under `does`/`do` (`does not impose`), or in the present
        with a `no` object (`imposes no sanctions`)."""
        negated = _negated(verb) and any(c.dep_ == "aux" and c.lower_ in {"does", "do"} for c in verb.children)
        nothing = verb.tag_ in PRESENT_TAGS and any(
            c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)
        return negated or nothing

    def grants_relief(self) -> bool:
        """Whether the notice's business is relief from measures already in force, not a measure (`Notice:
        authorisation to release frozen funds`, `The Unit has granted a licence permitting payments`): its headline
        names a notices.json `reliefs` word (not a party's: `licensed banks`), or its opening sentence's verb is one
        (`has authorised the release of`). The frozen funds and the committee it names are the topic. Read once."""
        if self.relief is None:
            reliefs = self.lex.notices["reliefs"]
            opening = self._opening_news()   # not what it requires: `require prior authorisation`
            heading = self.headline_article()   # not a party's own word: `licensed banks`
            headline = [t for t in heading.doc if t.i not in heading.regulated_words()] if heading is not None else ()
            requests = self.lex.notices["request_nouns"]   # not one applied for: `refusal of licence applications`
            self.relief = any((t.lemma_.lower() in reliefs or t.lower_ in reliefs) and not _asked_for(t, requests)
                              for t in (*opening, *headline))
        return self.relief

    def _opening_news(self) -> list[Token]:
        """The opening sentence's verb, or where it only relays (`The Ministry informs that a general licence has
        been issued`) the reported verb and the nouns it takes: what the notice is about."""
        root = self.sentences[0].root
        if lemma(root) not in self.lex.notices["relaying_verbs"]:
            return [root]
        reported = [c for c in root.children if c.dep_ == "ccomp"]
        return [root, *reported, *(c for verb in reported for c in verb.children
                                   if c.dep_ in {"nsubj", "nsubjpass", "dobj"})]

    def names_parties(self) -> bool:
        """Whether the text names parties a measure falls on (`11 entities and 3 individuals`, `the persons named in
        the annex`, `specified entities`), besides the parties it obliges (`reporting entities`): a circular on
        screening customers, a rule on dormant accounts name none."""
        obliged = self.regulated_words()
        return any(words & PARTY_CLASSES for i, words in self.classes.items() if i not in obliged)

    def regulated_words(self) -> set[int]:
        """The words of the parties a notice may oblige (`reporting entities`, `licensed banks`)."""
        return {i for party in self.regulated for i in range(party.start, party.end)}

    def headline_article(self) -> _Article | None:
        """The headline's own article (its matches and classes), read once, if the document has a headline."""
        if self.heading is None and self.headline is not None:
            self.heading = _Article(*self.headline())
        return self.heading

    def notice_issuer(self, obliged: bool = False) -> tuple[str | None, str | None, Token | None]:
        """(code, name, body) of the official body a notice names acting, the issuer of its measures that name none:
        the first subject of an issuing, ordering or declaring verb anywhere in it (`are hereby advised that the
        Minister of Home Affairs has declared three persons as designated persons`, `the Attorney-General ... makes
        the following Order`, `The Financial Services Agency requests all financial institutions to`), else the body
        that obliged parties report to (`report to the Central Bank of Oman`, `must notify the Unit`), else the body
        whose legal act it names (`Further to the decision of the National Committee`). Coded by the actor layer
        where it can, else by its name: many notices never name their own state. Also for a measure the
        text states as an obligation (`obliged`: `The funds of the listed entities shall be frozen`), unless it
        advises. Only where the text names parties its measures fall on (`names_parties`): a rule on dormant
        accounts that banks must freeze names none. None for a text that is no notice, or whose body acts by
        withdrawing measures (`the Committee has removed one individual from its sanctions list`)."""
        if (not (self.is_notice() or obliged and not self._advisory()) or not self.names_parties()
                or self.grants_relief()):
            return None, None, None
        if self.notice_act is None:
            self.notice_act = self._notice_act()
        return self.notice_act

    def _notice_act(self) -> tuple[str | None, str | None, Token | None]:
        """The acting body of `notice_issuer`, read once: one walk over the verbs."""
        notices = self.lex.notices
        acting = notices["issuing_verbs"] | notices["ordering_verbs"] | notices["declaring_verbs"]
        reported_to = None
        for verb in (self.doc[i] for i in self.verb_positions()):
            forms = lemma_forms(verb)
            if forms & acting:
                subject = self.subject(verb) or self._misattached_subject(verb)
                if self._official(subject):
                    return (None, None, None) if self._withdraws_measures(verb) else self._body_of(subject)
            if reported_to is None and forms & notices["reporting_duties"]:
                objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
                addressees = objects + [p for t in (verb, *objects) for p in _prep_objects(t, "to", "with")]
                reported_to = next((body for body in addressees if self._official(body)), None)
        if reported_to is not None:
            return self._body_of(reported_to)
        misread = self._misread_order()   # "the Government of Latvia decrees that", `decrees` read as a noun
        return self._body_of(misread) if misread is not None else self._act_maker()

    def _act_maker(self) -> tuple[str | None, str | None, Token | None]:
        """The official body whose legal act or decision the notice names, in its body (`Further to the decision of
        the National Committee for Combating Terrorism`, `Following the deliberations of the competent Commission`,
        `gives effect to Security Council resolution 2590`), else in its headline (`Decision No. 45/2025 of the
        Council of Ministers on the freezing of funds`)."""
        for article in (self, self.headline_article()):
            acts = [*article.legal_acts(), *article.legal_acts("deciding_nouns")] if article is not None else []
            for act in acts:
                # the act with its number: `of` may hang on the number (`Decision No. 45/2025 of the Council`)
                named = [act, act.head] if act.dep_ == "compound" else [act]
                named += [c for t in named for c in t.children if c.dep_ in {"appos", "nummod"}]
                # or the body the act's name opens with (`Security Council resolution 2590`)
                makers = [*(p for t in named for p in _prep_objects(t, "of", "by")),
                          *(c for c in act.children if c.dep_ == "compound")]
                maker = next((p for p in makers if article._official(p)), None)
                if maker is not None:
                    return article._body_of(maker)
        mandating = self._mandating_body()
        return self._body_of(mandating) if mandating is not None else (None, None, None)

    def _mandating_body(self) -> Token | None:
        """The official body by whose order or decision the notice's measures are taken (`as required by the Security
        Council`, `as decided by the Council of Ministers`): the agent of a passive ordering, declaring or issuing
        verb, the act's maker where the notice names no act of its own."""
        notices = self.lex.notices
        mandating = notices["ordering_verbs"] | notices["declaring_verbs"] | {"decide", "adopt", "approve"}
        for verb in (self.doc[i] for i in self.verb_positions()):
            if verb.tag_ == "VBN" and lemma_forms(verb) & mandating:
                agents = [p for by in verb.children if by.dep_ in {"agent", "prep"} and by.lower_ == "by"
                          for p in by.children if p.dep_ == "pobj"]
                agent = next((p for p in agents if self._official(p)), None)
                if agent is not None:
                    return agent
        return None

    def _withdraws_measures(self, verb: Token, own_word: bool = False) -> bool:
        """Whether a body's clause withdraws measures: a withdrawal noun (`the removal of one entry`, `an exemption`)
        or a withdrawal verb whose object, or what it takes it from, is a measure (`has removed one individual from
        its sanctions list`, `revoked the designation`, `decided to lift the restrictive measures`), or a `delistings`
        verb, which withdraws by itself (`were delisted`); not a measure that stops dealings (`requests banks to
        suspend all transactions`). With `own_word`, only the verb itself, not the words under it."""
        notices = self.lex.notices
        for word in ([verb] if own_word else verb.subtree):
            if own_word and not _negated(word) and lemma_forms(word) & notices["delistings"]:
                return True
            if word.lemma_.lower() not in notices["withdrawals"]:
                continue
            if word.pos_ in NOUN_POS:
                return not own_word
            objects = [c for c in word.children if c.dep_ in {"dobj", "nsubjpass"}] + _prep_objects(word, "from", "of")
            if any((o.lemma_.lower() in _measure_nouns() or o.i in self.term_words()) and not _trade_act(o, notices)
                   for o in objects):
                return True   # (not `all commerce with Haiti is suspended`: trade stopped is a measure taken)
        return False

    def only_withdraws(self, kind: str) -> bool:
        """Whether the notice withdraws measures of this kind and takes none (`has removed two individuals from its
        sanctions list`, `should lift the freeze`, `three persons have been delisted`): the measures it names are the
        ones it ends, so none of them is the document's. A notice that also adds (`and added three entities to it`,
        `five persons have been designated`: an issuing verb over a measure, outside any withdrawal) takes measures.
        Read once per kind, from the verbs."""
        if kind not in self.withdrawing:
            withdrawing = self.withdrawing_verbs
            self.withdrawing[kind] = bool(withdrawing) and not any(
                self._takes_measure(self.doc[i], kind, withdrawing) for i in self.verbs_named(_issuing_first_words()))
        return self.withdrawing[kind]

    @cached_property
    def withdrawing_verbs(self) -> list[Token]:
        """The verbs that withdraw measures by their own word (`_withdraws_measures`), read once per article for all
        kinds: only a verb named by a withdrawal or delisting word (or its last part, `de-list`) can."""
        notices = self.lex.notices
        words = notices["withdrawals"] | notices["delistings"] | {w.split("-")[-1] for w in notices["delistings"]}
        verbs = (self.doc[i] for i in self.verbs_named(words))
        return [v for v in verbs if self._withdraws_measures(v, own_word=True)]

    def _takes_measure(self, verb: Token, kind: str, withdrawing: list[Token]) -> bool:
        """Whether an issuing verb takes a measure of this kind (a measure word in its clause, or its own word a
        trigger of the kind: `have been designated`), unless it describes what is withdrawn (`revoked the sanctions
        imposed on`), recalls the entry's history (notices.json `recalled_marks`: `the individual was originally
        designated in 2022`) or changes a list either way (`list_changing_verbs`: `the List has been amended to
        reflect this change`)."""
        notices = self.lex.notices
        forms = lemma_forms(verb)
        if (not forms & notices["issuing_verbs"] or forms & notices["list_changing_verbs"]
                or any(w in withdrawing for w in verb.ancestors)
                or any(c.dep_ == "advmod" and c.lower_ in notices["recalled_marks"] for c in verb.children)):
            return False
        if self._withdraws_measures(verb):
            return False
        measures = notices["measure_nouns"].get(kind, frozenset())
        clause = [*verb.subtree, verb.head] if verb.dep_ == "acl" else list(verb.subtree)
        terms = self.term_words(kind)
        return any(t.i in terms or t.lemma_.lower() in measures and t.i != verb.i for t in clause) and _status(
            self, Candidate(kind, verb, "term"), self.lex.types[kind], None) in {"actual", "planned"}

    def _misattached_subject(self, verb: Token) -> Token | None:
        """The official subject the parser hung elsewhere in a notice's long formulas: on the phrase before it as an
        apposition (`In exercise of the powers conferred by section 3 of the Act, the Cabinet Secretary for Interior,
        on the recommendation of ..., declares`) or on the verb's auxiliary (`the Minister of Finance has, by order
        published in the Gazette, designated`): the last one before the verb in its sentence."""
        auxiliaries = {c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        before = self.doc[self.sentence(verb).start:verb.i]
        return next((t for t in reversed(before) if (t.dep_ == "appos" or t.dep_ == "nsubj" and t.head.i in auxiliaries)
                     and self._official(t)), None)

    def _official(self, token: Token | None) -> bool:
        """Whether a token names an official body or office holder by a capitalised name (`the Unit`, `the
        Minister of Home Affairs`, `the Attorney-General`, `the Central Bank of Oman`): one body, not the parties a
        notice obliges (`Banks ... are ordered to block`); also a body a notice names by its role, not its name
        (`unnamed_body_modifiers`: `the competent authority`), which is one body as well."""
        if token is None or token.pos_ not in NOUN_POS or token.tag_ in {"NNS", "NNPS"}:
            return False
        notices, word = self.lex.notices, token.lemma_.lower()
        if not (token.is_title or token.is_upper):
            return word in notices["issuing_bodies"] and any(
                c.dep_ == "amod" and c.lower_ in notices["unnamed_body_modifiers"] for c in token.children)
        return (word in notices["issuing_bodies"] or word in notices["office_holders"]
                or "governing_bodies" in self.classes.get(token.i, ())
                or _capitalised_phrase(token).text.lower() in notices["office_holders"])

    def _body_of(self, body: Token) -> tuple[str | None, str | None, Token]:
        """(code, name, body): the state or organisation the actor layer codes the body as, else its name (a body
        named by its role, with the role: `competent authority`)."""
        name = _capitalised_phrase(body)
        if not (body.is_title or body.is_upper):
            name = body.doc[min((c.i for c in body.children if c.dep_ == "amod"), default=body.i):body.i + 1]
        code = self.code_of(body) or next((code for t in name if (code := self.cast.code_at(t))), None)
        return code, None if code else name.text, body

    @cached_property
    def condition_clauses(self) -> tuple[set[int], set[int]]:
        """(clauses a condition mark opens or an inverted `should` makes conditions: `if`, `unless`, `should Russia
        invade`; clauses a `whether` or a direct yes-or-no question makes questions: `Will Japan impose sanctions?`),
        read once from the marks and auxiliaries: the status of each trigger asks about every word up its path. A `whether` after the clause's subject opens an alternative the
        parser hangs on the verb (`the import of goods, whether direct or through third countries, shall be
        prohibited`): the clause holds in either case, no question."""
        marks, asking = self.lex.cues["conditions"]["marks"], self.lex.cues["conditions"]["questions"]
        conditions, questions = set(), set()
        mark, aux, should = (self.doc.vocab.strings[word] for word in ("mark", "aux", "should"))  # (some are symbols)
        opening = (self.deps == mark) | (self.deps == aux) & (self.lowers == should)
        for i in numpy.flatnonzero(opening).tolist():
            child = self.doc[i]
            clause = child.head
            if child.dep_ == "mark" and child.lower_ in marks and not _waiver(clause, self.lex.cues["conditions"]):
                conditions.add(clause.i)
            elif child.dep_ == "mark" and child.lower_ in asking and not _subject_before(clause, child):
                questions.add(clause.i)
            elif child.dep_ == "aux" and any(s.dep_ == "nsubj" and s.i > i for s in clause.children):
                conditions.add(clause.i)
        # "provided its fighters lay down their arms": a participle the parser reads as a verb of its own, with no
        # subject, whose clause is the condition
        joining = _any_of(self.lowers, [hash_string(word) for word in self.lex.cues["conditions"]["conjunction_verbs"]])
        for i in numpy.flatnonzero(joining).tolist():
            children = list(self.doc[i].children)
            if not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "agent"} for c in children):
                conditions.update(c.i for c in children if c.dep_ in {"ccomp", "advcl"}
                                  and any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children))
        question_marks = self.lex.cues["conditions"]["question_marks"]
        # only a sentence with a question mark can ask one (most have none): they are read off the forms array
        marked = _any_of(self.orths, [hash_string(mark) for mark in question_marks])
        for k in sorted(set(self.sentence_of_token[marked].tolist())):
            asked = _asks_yes_or_no(self.sentences[k], question_marks)
            if asked is not None:
                questions.add(asked)
        return conditions, questions

    @cached_property
    def displaced_conditions(self) -> set[int]:
        """The verbs whose condition clause the parser hung on another word (`_condition_host`), read once from the
        conditions."""
        hosts = (_condition_host(self.doc[i]) for i in self.condition_clauses[0])
        return {host.i for host in hosts if host is not None}

    def term_words(self, kind: str | None = None) -> set[int]:
        """Where the terms of a kind (of any kind: None) lie, read once per kind: the notice checks ask per verb."""
        if kind not in self.term_words_of:
            self.term_words_of[kind] = {i for span, span_kind, _, _ in self.term_spans if kind in (None, span_kind)
                                        for i in range(span.start, span.end)}
        return self.term_words_of[kind]

    def verb_positions(self) -> list[int]:
        """Where the document's verbs are, read off an array (a long document has thousands of tokens), once."""
        if self.verbs is None:
            self.verbs = numpy.flatnonzero(_any_of(self.pos, VERB_POS_IDS)).tolist()
        return self.verbs

    def verbs_named(self, words: frozenset[str] | set[str]) -> list[int]:
        """Where the verbs are whose lemma (lower-cased) or lower-cased form is among the words: read off the arrays,
        each distinct word looked up once, so that the checks make tokens only of the verbs they can be about."""
        if self.verb_index is None:
            verbs = numpy.array(self.verb_positions(), numpy.int64)
            lemmas, lowers, strings = self.lemmas[verbs].tolist(), self.lowers[verbs].tolist(), self.doc.vocab.strings
            word_of = _lower_cased({*lemmas, *lowers}, strings)
            self.verb_index = {}
            for i, lemma_hash, lower_hash in zip(verbs.tolist(), lemmas, lowers):
                self.verb_index.setdefault(word_of[lemma_hash], []).append(i)
                self.verb_index.setdefault(word_of[lower_hash], []).append(i)
        # the index meets the words in one set operation: a check asks for a few verbs, a long text has hundreds
        return sorted({i for word in self.verb_index.keys() & words for i in self.verb_index[word]})

    def _issuing_acts(self, kind: str) -> list[tuple[int, str, bool]]:
        """(verb index, code, withdrawn) of each act on measures of this kind: a subject with a state or organisation
        code (or a governing body whose clause names its organisation: `the Council added ... under the EU's
        framework`), an issuing verb (`decided to implement`, `approved`, `has designated`; one that also reports speech
        only with its object: `added 12 entries`, not `she added`), done or decided (not negated, nor only announced or
        allowed: `would allow it to adopt`), with a measure of the kind in its clause (`the following measures`, `the
        addition ... to its Sanctions List`; a participle's clause holds the noun it describes: `the measures adopted
        by the Council of the EU`); withdrawn when the clause withdraws it (`approved the removal of the entry`,
        `decided to lift`)."""
        notices = self.lex.notices
        nouns, info = notices["measure_nouns"].get(kind, frozenset()), self.lex.types[kind]
        measures = self.term_words(kind)
        acts = []
        for verb, code, body, clause, words in self._issuing_clauses():
            if not (words & nouns or any(t.i in measures for t in clause)):
                continue
            code = code or body and self.obliged_state  # "the Prince's Government has added": where it governs
            if not code:
                continue
            status = _status(self, Candidate(kind, verb, "term"), info, code)
            decided = status == "planned" and any(lemma_forms(v) & self.lex.cues["planned"]["decisions"]
                                                  for v in list(_verbs_over(verb, {"xcomp", "ccomp"}))[1:])
            if status == "actual" or decided:  # `has decided to implement`, not `would allow it to adopt`
                acts.append((verb.i, code, bool(words & notices["withdrawals"])))
        return acts

    def _issuing_clauses(self) -> list[tuple[Token, str | None, bool, list[Token], set[str]]]:
        """(verb, code, body, clause, words of the clause) of each issuing verb whose subject has a code or is a
        governing body: the acts `_issuing_acts` reads for each kind of measure, found once per article."""
        if self.issuing_clauses is not None:
            return self.issuing_clauses
        notices = self.lex.notices
        reporting = quote_cues().verbs
        self.issuing_clauses = []
        for verb in (self.doc[i] for i in self.verbs_named(_issuing_first_words())):
            forms = lemma_forms(verb)
            if not forms & notices["issuing_verbs"]:
                continue
            if forms & reporting and not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
                continue  # "she added, in a reference to possible sanctions": speech, not an act
            subject = self.subject(verb)
            relative = subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl"
            # "Regulation (EU) 2024/2121, which adds", "Regulation (EU) 2025/88 added": the act, named for its issuer
            act = verb.head if relative else subject
            code = (self.code_of(act) or self._bracketed(act, verb)) if relative or self._is_legal_act(subject) \
                else self.code_of(subject)
            body = subject is not None and "governing_bodies" in self.classes.get(subject.i, ())
            if not (code or body):
                continue
            subject_words = {s.i for s in subject.subtree}
            clause = [t for t in verb.subtree if t.i not in subject_words]
            if verb.dep_ in {"acl", "relcl"}:
                clause.append(verb.head)  # "the restrictive measures adopted by the Council": what it adopted
            # "the Council added two leaders ... under the EU's framework": a body whose clause names the organisation
            # owning it (a state owned there is the target: "for their role in Iran's drone programme")
            code = code or next((self.code_of(t) for t in clause if t.dep_ == "poss" and self.code_of(t)
                                 and (actor := self.cast.actor_at(t)) is not None and actor.type == "organization"),
                                None)
            words = {w for t in clause for w in (t.lemma_.lower(), t.lower_)}
            self.issuing_clauses.append((verb, code, body, clause, words))
        return self.issuing_clauses

    def _is_legal_act(self, token: Token | None) -> bool:
        """Whether a word names a legal act (`Regulation`, `Decision`: notices.json `legal_acts`), itself or by the
        words of its name (`Regulation (EU) 2026/310`, where the parser may head the name by its number)."""
        acts = self.lex.notices["legal_acts"]
        return token is not None and any(t.lemma_.lower() in acts for t in (token, *token.children)
                                         if t is token or t.dep_ in NAME_DEPS)

    def _bracketed(self, name: Token, clause: Token) -> str | None:
        """The state or organisation in brackets in the name of an act, before the clause that describes it (`Council
        Implementing Regulation (EU) 2024/2121, which`), which the actor layer reads as part of the name. The name's
        words are walked only where a word in brackets lies within its reach: most names have none."""
        bracketed = self.bracketed_words
        first = bisect.bisect_left(bracketed, name.left_edge.i)
        if first == len(bracketed) or bracketed[first] >= min(clause.i, name.right_edge.i + 1):
            return None
        return next((code for t in name.subtree if t.i < clause.i and t.is_upper and 0 < t.i < len(self.doc) - 1
                     and self.doc[t.i - 1].text == "(" and self.doc[t.i + 1].text == ")"
                     and (code := gazetteer().aliases.get(t.text, (None,))[0])), None)

    @cached_property
    def term_roots(self) -> dict[str, set[int]]:
        """Where the roots of the document's terms stand, by kind: read once (a span's root walks the span), for the
        checks that ask which words are signals of their own."""
        roots: dict[str, set[int]] = {}
        for span, kind, _, _ in self.term_spans:
            roots.setdefault(kind, set()).add(span.root.i)
        return roots

    @cached_property
    def background_marks(self) -> list[int]:
        """Where a mark of background stands (status_cues `background`, `background_marks` marking a clause: `after`,
        `as`), in order: read off the arrays once per article; a trigger with none before it in its sentence is in no
        clause one opens (`_opened_by_background_mark`)."""
        cues = self.lex.cues
        words = numpy.array(sorted({hash_string(w) for w in (*cues["background"], *cues["background_marks"])}),
                            numpy.uint64)
        marks = (self.deps == self.doc.vocab.strings["mark"]) & self.lower_index.among(words)   # (a symbol)
        return numpy.flatnonzero(marks).tolist()

    @cached_property
    def joint_heads(self) -> set[int]:
        """Where a word that `joint` modifies stands (`a joint exercise`), read off the forms once per article: most
        triggers have none."""
        joints = numpy.flatnonzero(self.lowers == numpy.uint64(hash_string("joint"))).tolist()
        return {head for i in joints if (head := self.doc[i].head.i) != i}

    @cached_property
    def bracketed_words(self) -> list[int]:
        """Where a single word stands in brackets (`(EU)`), in order: read off the forms once per article."""
        opening, closing = self.doc.vocab.strings["("], self.doc.vocab.strings[")"]
        inside = (self.orths[:-2] == opening) & (self.orths[2:] == closing)
        return (numpy.flatnonzero(inside) + 1).tolist()

    @cached_property
    def obliged_state(self) -> str | None:
        """The state whose businesses or people the notice obliges (`Monegasque banks must freeze`, `U.S. financial
        institutions shall`): where a governing body the notice names without its state (`the Government`) governs. Read
        once per article."""
        obligations = self.lex.notices["act_obligations"] - {"should"}
        for verb in (self.doc[i] for i in self.verbs_named(obligations)):
            if verb.dep_ == "aux" and verb.lower_ in obligations:
                subject = self.subject(verb.head)
                if (subject is not None and subject.pos_ != "PRON" and not self.cast.code_at(subject)
                        and self.code_of(subject)):   # (not `we must find a way`: the speakers' own resolve)
                    return self.code_of(subject)
        return None

    def _opening_state(self, kind: str, trigger: Token) -> str | None:
        """For a measure the notice states as an obligation (`Any property of the designated parties must be
        frozen`), the state of the official body the notice opens with as its subject (`Bank Negara Malaysia draws
        the attention of reporting institutions to`): the obligation is that body's authorities' own. Not for a
        delivery, which such a body may announce receiving, nor for a notice that opens by withdrawing measures; a
        measure the notice only mentions (`UN asset freezes no longer prevent transfers`) stays sourceless."""
        notices = self.lex.notices
        if kind in DELIVERY_OR_DEPLOYMENT_KINDS or not _stated_as_obligation(self, trigger):
            return None
        subject = next((t for t in self.sentences[0] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        acts = [] if subject is None else [subject.head, *(c for c in subject.head.children
                                                            if c.dep_ in {"xcomp", "ccomp", "dobj"})]
        if subject is None or any(t.lemma_.lower() in notices["withdrawals"] for t in acts):
            return None  # "The Committee has removed the entries", "decided to lift" (not "informs licensed banks")
        names = [subject, *(c for c in subject.children if c.dep_ == "compound")]
        if not any(t.is_title and t.lemma_.lower() in notices["issuing_bodies"] for t in names):
            return None
        return self.code_of(subject) or next((code for t in names if (code := self.cast.code_at(t))), None)

    def in_office(self, token: Token | None, kind: str) -> bool:
        """Whether the word is part of the name of an office whose business is measures of this kind (`OFAC`)."""
        return token is not None and any(start <= token.i < end and office_kind == kind
                                         for start, end, office_kind in self.office_mentions)

    def _publishing_office(self, kind: str) -> str | None:
        """The state or organisation of the first office named in the document whose business is measures of this
        kind (`OFSI`, `OFAC`), or of the state's gazette that publishes it (`published in the Jamaica Gazette`, `the
        Belgian Official Gazette`): the publisher of a notice that names no one acting."""
        for start, end, office_kind in sorted(self.office_mentions):
            office = self.doc[start:end]
            of = _prep_objects(office.root, "of")  # "the Government Gazette of Namibia"
            code = next((self.cast.code_at(t) for t in (*office, *office.root.children, *of)
                         if (t.i in range(start, end) or t.dep_ in {"compound", "amod", "pobj"})
                         and self.cast.code_at(t)), None)
            if office_kind == kind and code:
                return code
        return None

    def _organisations(self, heads: numpy.ndarray) -> list[int]:
        """Where the last word of each organisation name the actor layer resolved is (`the Organization of American
        States`, `ECOWAS`); a name that only modifies another noun counts when that noun is a body itself (`the
        UN Human Rights Council`, not `the UN headquarters`). Read off the arrays: an article refers to actors often."""
        strings, bodies = self.doc.vocab.strings, []
        compound = numpy.uint64(strings["compound"])
        for i in self.cast.referring_tokens():
            actor = self.cast.actor_of(i)
            if actor is None or actor.type != "organization":
                continue
            head = i + int(heads[i])
            if head != i and self.cast.actor_of(head) is actor:
                continue  # inside the name: its last word stands for it
            if self.deps[i] == compound and strings[int(self.lemmas[head])].lower() not in self.lex.roles["actors"]:
                continue
            bodies.append(i)
        return bodies

    def _match_report_sequels(self, starts: list[int], armed_sents: set[int]) -> set[int]:
        """The starts of sentences that carry on a match report: a report names its sides once, then has them act
        alone (`France beat Belgium 2-0. France attacked from the start`), so the sentence right after a match that
        names only states of that match, and no force, weapon or victim, reads its weak words as sport (`attacked`);
        a strong word stays news there (`shelled`), and so does another state."""
        sequels = set()
        for k, start in enumerate(starts[:-1]):
            if start in self.sport_sents and starts[k + 1] not in self.sport_sents | armed_sents:
                named = self._countries_named(self.sentences[k + 1])
                if named and named <= self._countries_named(self.sentences[k]):
                    sequels.add(starts[k + 1])
        return sequels

    def _countries_named(self, sent: Span) -> set[str]:
        """The codes of the countries a sentence names (`states_in` is read later, once the article is set up)."""
        actors = (self.cast.actor_at(token) for token in sent)
        return {actor.code for actor in actors if actor is not None and actor.type == "country" and actor.code}

    def _scoreline_sentences(self, doc: Doc, starts: list[int], wanted: set[int]) -> set[int]:
        """The starts of the wanted sentences that state a match score (`2-1`, `29–26`), read off the text, as a score
        tokenizes unevenly (`2-1` or `2 - 1`); a score beside a result word is how sport reports a match. The text is
        built token by token, so each wanted sentence's own is read, with the words after it (a score and what
        follows it may run past its end), where no score can run into it from the sentence before (it opens with no
        digit, dash or space), else the article's, once."""
        found, whole = set(), None
        for start in wanted:
            sentence = self.sentences[self.sentence_of_token[start]]
            if SCORE_CHARS.match(doc[start].text):
                whole = self._scoreline_sentences_in_text(doc, starts) if whole is None else whole
                found |= whole & {start}
                continue
            following = doc[start:min(sentence.end + SCORE_REACH, len(doc))]
            match = SCORELINE.search(following.text)
            if match is not None and following.start_char + match.start() < sentence.end_char:
                found.add(start)
        return found

    def _scoreline_sentences_in_text(self, doc: Doc, starts: list[int]) -> set[int]:
        """The starts of the sentences whose words a score in the article's text begins in."""
        found = set()
        for match in SCORELINE.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                found.add(starts[self.sentence_of_token[span.start]])
        return found

    def sentence(self, token: Token) -> Span:
        """The token's sentence, looked up (`token.sent` walks the doc each time)."""
        return self.sentences[self.sentence_of_token[token.i]]

    def head_words(self, token: Token) -> set[str]:
        """The words of a token's sentence that a frame's head forms start with (a head's forms start with its lemma
        or its lower-cased form; a word's head is in its sentence): a frame none of whose head words is there has no
        head there. Read off arrays once per document, the few words that can head a frame picked out by their
        hashes."""
        if self.frame_heads is None:
            self.frame_heads = {}
            words, hashes, strings = _all_frame_words(), _frame_word_hashes(), self.doc.vocab.strings
            lemmas, lowers = self.lemmas, self.lowers
            # a lemma that is the word's own form (a name) or its lower-cased form, or a head word itself, is read by
            # its hash; only the others are read out
            named = self.lemma_index.among(hashes)
            unread = (lemmas != self.orths) & (lemmas != lowers) & ~named
            heading = numpy.array(sorted(_frame_head_lemmas().pick(lemmas[unread].tolist(), strings)), numpy.uint64)
            hits = named | self.lower_index.among(hashes)
            if len(heading):
                hits |= self.lemma_index.among(heading)
            at = numpy.flatnonzero(hits)
            hit_lemmas, hit_lowers = lemmas[at].tolist(), lowers[at].tolist()
            word_of = _lower_cased({*hit_lemmas, *hit_lowers}, strings)
            for sentence, lemma_hash, lower_hash in zip(self.sentence_of_token[at].tolist(), hit_lemmas, hit_lowers):
                found = {word_of[lemma_hash], word_of[lower_hash]} & words
                self.frame_heads.setdefault(sentence, set()).update(found)
        return self.frame_heads.get(int(self.sentence_of_token[token.i]), set())

    def sentence_words(self, sent: Span, name: str) -> bool:
        return name in self.sentence_classes.get(sent.start, ())

    def sentence_words_any(self, sent: Span, names: Iterable[str]) -> bool:
        """Whether the sentence has a word of any of these classes: one set operation, not one look-up a class."""
        return not self.sentence_classes.get(sent.start, frozenset()).isdisjoint(names)

    def states_in(self, sent: Span) -> list[tuple[Token, str]]:
        """The words of a sentence the actor layer resolves to a state, with the state's code, read once per
        sentence: each measure in it looks for the state it falls on."""
        if sent.start not in self.sentence_states:
            actors = ((token, self.cast.actor_at(token)) for token in sent)
            self.sentence_states[sent.start] = [(token, actor.code) for token, actor in actors
                                                if actor is not None and actor.type == "country" and actor.code]
        return self.sentence_states[sent.start]

    def clause_verb(self, token: Token) -> tuple[Token | None, Token]:
        """`_clause_verb`, read once per token of the document: the guards ask for the same trigger's clause often."""
        if token.doc is not self.doc:
            return _clause_verb(token, self.light_nouns)
        if token.i not in self.clause_verbs:
            self.clause_verbs[token.i] = _clause_verb(token, self.light_nouns)
        return self.clause_verbs[token.i]

    def subject(self, verb: Token) -> Token | None:
        """`_subject`, read once per verb of the document: the guards ask for the same clause's subject often."""
        if verb.doc is not self.doc:
            return _subject(verb)
        if verb.i not in self.subjects:
            self.subjects[verb.i] = _subject(verb)
        return self.subjects[verb.i]

    def code_of(self, token: Token | None) -> str | None:
        """`_code_of`, read once per token of the document: the guards and both ends ask for the same words often."""
        if token is None or token.doc is not self.doc:
            return self._code_of(token)
        if token.i not in self.codes:
            self.codes[token.i] = self._code_of(token)
        return self.codes[token.i]

    def _code_of(self, token: Token | None) -> str | None:
        """The state or organisation a token stands for, also through its modifiers (`her Russian counterpart`;
        not a sport, market or culture word, which a state's name makes a team or a market: `the Pakistan
        openers`, `the American charts`) and, for `it`/`they`/`we` or a subject they own (`its army`, `his
        country`), through the subject of the clause that reports it (`Nigeria said it would`, `Turkey's
        president said his forces could`); on an official host, `we`, `our` and `us` that no clause reports for
        another, and an office it names with no state (classes.json `host_offices`: `Treasury has designated`), are
        its publisher's."""
        if token is None or self.plays_for(token):
            return None
        # (read once: most tokens have no code, and each check below asks them)
        lower, classes, children = token.lower_, self.classes.get(token.i, ()), list(token.children)
        if lower in self.lex.roles["peer_titles"]:
            return self._peer_code(token)
        code = self.cast.code_at(token)
        if code:
            return None if any(self.named_for_state(token, c) for c in children) else code
        if "civilian" in classes:
            return None  # "the American charts", "the Pakistan openers": a market or a team, not the state
        owner_deps = MODIFIER_DEPS | {"appos"}
        for child in children:
            if (child.dep_ in owner_deps and not self.named_for_state(child, token)
                    and not self.law_about_state(token, child)):
                code = self.cast.code_at(child)
                if code and not any(self.named_for_state(child, c) for c in child.children):
                    return code  # not "Air India pilots": the company's staff
                if child.dep_ == "compound" and "armed_services" in self.classes.get(child.i, ()):
                    code = next((self.cast.code_at(m) for m in child.children
                                 if m.dep_ in MODIFIER_DEPS and self.cast.code_at(m)), None)
                    if code:
                        return code  # "an Australian air force C-130": the service's state owns its craft
        # "the president of Armenia", "envoys from Iran", "the Central Bank of Ireland"
        if (lower in self.actor_nouns or token.lemma_.lower() in self.actor_nouns  # "members of the Council"
                or "governing_bodies" in classes):
            for prep in children:
                if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}:  # "the head of Turkey's intelligence agency"
                    code = next((self.code_of(p) for p in prep.children if p.dep_ == "pobj"), None)
                    if code:
                        return code
        if token.is_title and token.lemma_.lower() in self.lex.roles["state_organs"]:
            code = self._state_in_organ_name(token)
            if code:
                return code
        if lower in REPORTED_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in REPORTED_POSSESSIVES for c in children):
            return self.code_of(_reporting_subject(token)) or (self.publisher if lower == "we" else None)
        if lower in PUBLISHER_WORDS or token.is_title and lower in self.lex.roles["host_offices"]:
            return self.publisher   # "Treasury has designated 25 entities"
        counted = _counted_word(token)   # "dozens of Houthi drones", "a number of Russian diplomats": what is counted
        return self.code_of(counted) if counted is not token else None

    def _state_in_organ_name(self, organ: Token) -> str | None:
        """The state a capitalised organ's own name ends in (`the Embassy of Japan`, `the Ministry of Foreign Affairs
        of Italy`): the state after an `of` inside the name, which the parser may hang on a word of the name."""
        name = _capitalised_phrase(organ)
        return next((code for t in name if t.i > organ.i and t.dep_ == "pobj" and t.head.lower_ == "of"
                     and (actor := self.cast.actor_at(t)) is not None and actor.type == "country"
                     and (code := self.cast.code_at(t))), None)

    def _peer_code(self, peer: Token) -> str | None:
        """The state of the other party's official (`his Pakistani counterpart`, `the counterpart from Ghana`): its
        own modifier or `from`/`of` phrase; the possessive names the official it is the peer of, the other end."""
        modifiers = [m for m in peer.children if m.dep_ in MODIFIER_DEPS - {"poss"}]
        return next((code for m in modifiers if (code := self.cast.code_at(m))), None) or next(
            (code for p in _prep_objects(peer, "of", "from") if (code := self.code_of(p))), None)

    def law_about_state(self, law: Token, word: Token) -> bool:
        """Whether a state's own name (not its demonym, not a possessive) in the title of a law names the state the law
        is about (`the Special Economic Measures (Belarus) Regulations`, `the Iran Sanctions Act`), not the one that
        enacts it: a law is named after its enacting body by an organisation (`Regulation (EU) 2024/1`), a demonym
        (`the Russian Federal Law`) or a possessive (`Canada's Act`)."""
        if not (law.is_title and law.lower_.removesuffix("s") in self.lex.notices["law_titles"]):
            return False
        actor = self.cast.actor_at(word)
        return (word.dep_ in {"compound", "nmod"} and actor is not None and actor.type == "country"
                and gazetteer().aliases.get(word.text, (None, None))[1] == "GPE")

    def named_for_state(self, word: Token, other: Token) -> bool:
        """Whether two words joined as one proper name, one of them a state's (`Saudi Aramco`, `Qatar Airways`,
        `China Mobile`, `Air France`), name a company or other body: the other word is a capitalised name of no
        state, not an organ, force or territory of the state (`China Coast Guard`, `US Treasury`, `Taiwan Strait`)."""
        if not any(a.dep_ == "compound" and a.head.i == b.i for a, b in ((word, other), (other, word))):
            return False
        state, name = (word, other) if self.cast.code_at(word) else (other, word)
        actor = self.cast.actor_at(state)
        if actor is None or actor.type != "country" or self.cast.code_at(name) or not (name.is_title or name.is_upper):
            return False
        if name.pos_ != "PROPN" or name.ent_type_ not in {"", "ORG"}:
            return False
        if any(t.text == "-" for t in self.doc[min(state.i, name.i) + 1:max(state.i, name.i)]):
            return False  # "Bosnia-Herzegovina", "Guinea-Bissau": one place
        organs = self.lex.roles["state_organs"] | self.actor_nouns
        return not (name.lemma_.lower() in organs or name.lower_ in organs
                    or self.classes.get(name.i, set()) & STATE_ORGAN_CLASSES)

    def plays_for(self, token: Token) -> bool:
        """Whether a country's name stands for its team: in a match report that counts no victims (`Brazil
        attacked down the left before half-time`), a country named alone is a side on the pitch, also as the
        owner of what acts (`Japan's defence`), and an adjective of nationality on a competitor is a nationality
        (`the German sailor`); on a force it keeps its state (`Russian forces shelled the city during the match,
        killing four`)."""
        if not self.sport_sents or self.sentence(token).start not in self.sport_sents:
            return False
        names = [token, *(c for c in token.children if c.dep_ == "poss")]
        if any(t.pos_ == "PROPN" and (actor := self.cast.actor_at(t)) is not None and actor.type == "country"
               for t in names):
            return True
        # "the German sailor ambushed the fleet at the final mark": a competitor's nationality, where no force is named
        return not self.classes.get(token.i, set()) & FIGHTING_CLASSES and any(
            c.dep_ == "amod" and (actor := self.cast.actor_at(c)) is not None and actor.type == "country"
            for c in token.children)

    def name_of(self, token: Token | None) -> str | None:
        """A party the gazetteer cannot code: a named person or organisation, or an actor noun with its
        modifiers (`Burundian militiamen`, `opposition leaders`), or members of an organisation its modifier names
        (`Transnistrian Republican Guard units`: classes.json `membership_nouns`)."""
        if token is None:
            return None
        token = _counted_word(token)   # "dozens of ADF militants": the militants
        actor = self.cast.actor_at(token)
        if actor is not None and actor.type != "location" and not self.plays_for(token):
            return actor.name
        lemma = token.lemma_.lower()
        if lemma in self.actor_nouns or token.lower_ in self.actor_nouns or (
                lemma in self.lex.roles["membership_nouns"] and any(
                    c.dep_ == "compound" and (named := self.cast.actor_at(c)) is not None
                    and named.type == "organization" for c in token.children)):
            words = [t for t in token.subtree if t.i <= token.i and t.dep_ in {"compound", "amod", "nmod"}
                     or t.i == token.i]
            return " ".join(t.text for t in words)
        return None

    def launcher(self, token: Token | None) -> Token | None:
        """Who fired a weapon named as the actor (`hit by a missile fired by Houthi forces`), else the token; a
        counted weapon too (`scores of rockets fired by Hamas`), whose participle the parser may hang on the count."""
        weapon = token if token is None else _counted_word(token)
        if weapon is None or not self.classes.get(weapon.i, set()) & {"weapons", "missiles"}:
            return token
        clauses = [c for t in {weapon, token} for c in t.children if c.dep_ == "acl"]
        return next((p for clause in clauses for agent in clause.children
                     if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"), token)

    def home_state(self, besides: str | None) -> str | None:
        """The state whose armed service or security force the notice names anywhere (`the cutters will join the
        Ecuadorian Coast Guard`), other than the giver: a base the notice names without a state is that state's own;
        the services are read once per article."""
        if self.service_states is None:
            classes = self.lex.notices["service_receipts"]["service_classes"]
            self.service_states = [code for start, end, _ in self.matches_of(classes)
                                   if (code := _service_state(self, self.doc[start:end].root))]
        return next((code for code in self.service_states if code != besides), None)

    def ref(self, code: str | None) -> ActorRef | None:
        """The actor a code names, built once per article: most candidates name the same few states."""
        if not code:
            return None
        if code not in self.refs:
            entry = gazetteer().entries.get(code)
            self.refs[code] = ActorRef(name=entry.name if entry else code, code=code)
        return self.refs[code]


@lru_cache(maxsize=None)
def _publishers() -> dict:
    """The official hosts' labels, suffixes and bodies (publishers.json), read once."""
    return _word_sets(_read("publishers.json"))


def publisher_of(url: str | None) -> str | None:
    """The state or organisation whose official host a URL is on (publishers.json: `cbn.gov.ng` is NGA, `state.gov`
    USA, `consilium.europa.eu` EU; also a bare host, as a feed's `source` gives it); None for a news site or no URL.
    A notice by an official body is its issuer's."""
    try:
        host = urlsplit(url if "://" in url else "//" + url).hostname if url else None   # (a bare host: `cbn.gov.ng`)
    except ValueError:   # a feed's source written as a name with brackets (`Reuters [World]`): no host
        return None
    if not host:
        return None
    data = _publishers()
    labels = host.lower().removeprefix("www.").split(".")
    parents = {".".join(labels[i:]) for i in range(len(labels))}
    body = next((data["bodies"][p] for p in parents if p in data["bodies"]), None)
    if body:
        return body
    official = (bool(set(labels[:-1]) & data["official_labels"]) or labels[-1] in data["generic_states"]
                or bool(parents & data["official_suffixes"]))
    if not official:
        return None
    if labels[-1] in data["generic_states"]:
        return data["generic_states"][labels[-1]]
    country = pycountry.countries.get(alpha_2=data["exceptions"].get(labels[-1], labels[-1]).upper())
    return country.alpha_3 if country else None


def headline_issuer(headline: Doc, cast) -> str | None:
    """The state or organisation a headline has acting (`UK sanctions Iranian officials`, `Iran: EU lists further
    individuals`, `Council Implementing Regulation (EU) ... implementing ...`): the first subject of an issuing verb
    that stands for one itself or by its apposition, not by its owner (`Russia's war of aggression: Council lists ...`
    names no issuer); a headline that has a party warn or meet (`NATO warns Russia`) names no issuer of measures. The
    parser often hangs a headline's subject on its verb as a compound (`EU sanctions six persons`), also on a verb it
    reads as a noun with an object (`ROK Navy transfers retired corvette`): it is the subject, or its state's name."""
    issuing = lexicon().notices["issuing_verbs"]
    for subject in (t for t in headline if (t.dep_ == "nsubj" or t.dep_ == "compound" and (
            t.head.pos_ in VERB_POS or any(c.dep_ == "dobj" for c in t.head.children)))
                    and lemma_forms(t.head) & issuing):
        code = next((cast.code_at(t) for t in (subject, *subject.children)
                     if (t.i == subject.i or t.dep_ in {"appos", "compound"}) and cast.code_at(t)), None)
        if code:
            return code
    return None


def find_signals(doc: Doc, cast, issuer_in_headline: Callable[[], str | None] | None = None,
                 headline: Callable[[], tuple[Doc, object]] | None = None, url: str | None = None) -> list[Signal]:
    """All signals of a parsed article, one per (type, direction, status), the most confident kept; a measure
    that names no issuer and whose document names none takes the headline's (`headline_issuer`), asked for only then:
    most articles never need their headline parsed, else the publisher's where the text's `url` is an official host's
    (`publisher_of`). A notice whose body yields none of its measures may name one in its headline (`headline`: the
    headline parsed, with its actors), asked for only by a notice."""
    article = _Article(doc, cast, issuer_in_headline, headline, publisher_of(url))
    doc.user_data[ARTICLE] = (cast, url, headline, article)   # the gate and the backstop ask it again (`_read_again`)
    candidates = _candidates(article)
    signals = {id(c): (c, _signal(article, c)) for c in candidates}
    found = [(c, s) for c, s in signals.values() if s is not None]
    complete = [o for _, o in found if o.source and o.target]   # (only a signal naming both ends subsumes another)
    found = [(c, s) for c, s in found if not _subsumed(s, complete)]
    # the object of a frame is not an event of its own, even where the frame names no party ("removing sanctions")
    # ("ended mediation efforts": the object's compound too)
    frame_objects = {t.i: c for c in candidates if c.obj is not None
                     for t in (c.obj, c.obj.head, *(k for k in c.obj.children if k.dep_ == "compound"))
                     if (t == c.obj or t.head == c.obj or c.obj.dep_ == "compound") and t != c.trigger}
    threats = {c.trigger.i for c, s in found if s.type == "threat" and s.status == "threatened"}
    # a gift of money (the object of relief given) whose own frame delivers arms is that delivery
    armed_gifts = {c.trigger.i for c, s in found if c.type == "arms_delivery" and c.obj is not None} & {
        c.obj.i for c, s in found if c.type == "aid" and c.obj is not None}
    escalations = {c.trigger.i for c, s in found  # done or decided, not a topic ("discussed the war")
                   if s.type not in DEESCALATION_TYPES and s.status not in ("hypothetical", "proposed")}
    accords = {c.trigger.i for c, s in found if s.type == "agreement" and s.status in ("actual", "planned")}
    joint_accords = {i for i in accords if _agreed_together(article, doc[i])}
    accord_parties = {end.code for c, s in found if c.trigger.i in joint_accords
                      for end in (s.source, s.target) if end is not None and end.code}
    # "suspended joint border patrols", "halted its talks": what a measure stops is not done; nor what a coercive
    # act threatens to stop ("threatened to cut water releases unless"), which is no offer
    coercive = article.lex.cues["threatened"]["coercive_acts"]
    stopped = {i for c, s in found if c.obj is None and c.trigger.pos_ in VERB_POS and (
                   s.plover in MEASURE_PLOVER and s.status in ("actual", "planned")
                   or s.type == "threat" and s.status == "threatened" and lemma_forms(c.trigger) & coercive)
               for i in _objects(article, c.trigger)}
    # and the conjuncts of what it stops, also of a measure's own object ("suspended high-level visits and some
    # financial assistance", "cut diplomatic ties and military assistance")
    stopped |= {c.obj.i for c, s in found if c.obj is not None and c.trigger.pos_ in VERB_POS
                and s.plover in MEASURE_PLOVER and s.status in ("actual", "planned")}
    stopped |= {t.i for i in stopped for t in doc[i].conjuncts}
    events = [(c, s) for c, s in found if frame_objects.get(c.trigger.i, c) is c  # not "hostilities" ceased
              and not (c.trigger.i in stopped and s.plover not in MEASURE_PLOVER)]
    # "ambushed an army patrol", "an army patrol was attacked": what an attack strikes is its target, not a deployment
    struck = {i for c, s in signals.values() if s is not None and s.plover == "ASSAULT" and c.trigger.pos_ in VERB_POS
              for i in _struck(article, c.trigger)}
    # (a listing whose signal another subsumes still lists: "added four individuals to its sanctions list")
    listings = {c.trigger.i for c, s in signals.values()
                if s is not None and s.type == "sanctions" and s.status in ("actual", "planned")}
    # "lifted travel bans and asset freezes on four ministers": what a concession undoes is no measure taken
    undone = {i for c, s in found if c.type == "concession" and c.obj is not None and c.trigger.pos_ in VERB_POS
              for i in _undone(c.trigger)}
    # (every word of a talks term: "hold talks on border clashes" has its topic on `talks`, the term's root `hold`)
    talks_words = {c.trigger.i for c in candidates if c.type == "talks"} | {
        i for span, kind, *_ in article.term_spans if kind == "talks" for i in range(span.start, span.end)}
    accord_words = {c.trigger.i for c in candidates if c.type == "agreement"}
    best: dict[tuple, Signal] = {}
    for candidate, signal in found:
        if ((signal.type not in DEESCALATION_TYPES or _accord_under_discussion(signal))
                and _topic_of_talks(article, candidate.trigger, talks_words)
                and not _told_as_ongoing(article, candidate.trigger, "ongoing_marks", "continuation_marks")
                and not _materiel_put_to_use(article, candidate)):
            continue  # "spoke by phone with Myanmar's junta leader about the fighting", "met to discuss a truce": the
            # talks are the event (not "discussed ongoing security assistance to Ukraine": it goes on, told so)
        if signal.type == "attack" and _regarded_by_accord(article, candidate.trigger, accord_words):
            continue  # "a pact committing each to treat aggression against one as aggression against both": its terms
        if signal.status == "denied" and signal.type not in DEESCALATION_TYPES and _terms_of_accord(candidate.trigger,
                                                                                                  accords):
            continue  # "pledged not to threaten or use force against one another": what the accord rules out
        if (article.lex.types[candidate.type].plover in MEASURE_PLOVER
                and (signal.target is None or signal.target.code in accord_parties)
                and _terms_of_accord(candidate.trigger, joint_accords)):
            continue  # "North and South Korea agreed to halt loudspeaker broadcasts": what parties agree together to
            # stop is the accord's terms, no measure on anyone, nor on one of them (not "agreed to impose sanctions on
            # Russia")
        if signal.plover in MEASURE_PLOVER and _matter_of_text(article, candidate.trigger):
            continue  # "the annual report describes the export control regime": a text's matter, no measure taken
        if (candidate.type == "threat" and not lemma_forms(candidate.trigger) & article.lex.cues["threatened"]["vetoes"]
                and not _deadline_acts(candidate.trigger) and _governs_measure(article, candidate.trigger, events)):
            continue  # "threatened to impose sanctions" is the sanctions signal, threatened (a veto threatens the
            # measure's makers: "would block the sanctions package unless" is the vetoing party's threat; an ultimatum
            # governs what it demands, no measure it threatens)
        if candidate.type == "threat" and _threatens_rule_at_home(article, candidate.trigger, candidates):
            continue  # "threatened to revoke the licence of a copper mine": a regulator's warning
        if (candidate.type == "agreement" and (candidate.strength == "weak" or signal.target is None)
                and not _agreed_together(article, candidate.trigger)
                and _promises_force(article, candidate.trigger, events, threats)):
            continue  # "vowed to attack any foreign troops", "the EU agreed to cut banks off SWIFT": no agreement
        if (signal.type in DEESCALATION_TYPES and candidate.obj is None and candidate.trigger.pos_ in VERB_POS
                and (signal.type == "agreement" or candidate.strength == "weak")
                and _objects(article, candidate.trigger) & escalations):
            continue  # "held live-fire drills", "agreed a package of sanctions": the object is the event
        if (candidate.type == "agreement" and candidate.trigger.pos_ in NOUN_POS and candidate.trigger.dep_ == "dobj"
                and candidate.trigger.head.i in escalations):
            continue  # "suspended its extradition treaty": the treaty is what the measure falls on, not one made
        if candidate.type == "aid" and candidate.obj is not None and candidate.obj.i in armed_gifts:
            continue  # "announced another $800 million package that includes 72 howitzers": the gift delivers arms
        if (frame_objects.get(candidate.trigger.i, candidate) is not candidate
                and candidate.trigger.i not in armed_gifts):
            continue  # "suspended aid deliveries", "lifted sanctions": the word is the object of another signal
        if candidate.trigger.i in stopped and signal.plover not in MEASURE_PLOVER:
            continue
        if candidate.trigger.i in undone and signal.plover in MEASURE_PLOVER:
            continue
        if candidate.type == "concession" and candidate.trigger.pos_ in VERB_POS and _decided_acts(candidate.trigger) & {
                c.trigger.i for c in candidates if (article.lex.types[c.type].type or c.type) in DEESCALATION_TYPES}:
            continue  # "reversed its decision to restore ties": a step towards the other party taken back yields none
        if candidate.type in DELIVERY_OR_DEPLOYMENT_KINDS and candidate.trigger.i in struck:
            continue
        if candidate.type in DELIVERY_OR_DEPLOYMENT_KINDS and _forbidden_by_measure(article, candidate.trigger):
            continue  # "the prohibition against the supply of arms", "a ban on arms sales to": what is forbidden
        if candidate.type in DELIVERY_OR_DEPLOYMENT_KINDS and _describes_listed_party(article, candidate, listings):
            continue  # "measures on 38 companies that supply weapons to the Kyiv regime": who is listed, and why
        if candidate.type == "talks" and _venue_of_decision(article, candidate.trigger, escalations | accords):
            continue  # "suspended South Sudan from the council at a summit": the meeting is where it was decided
        key = (signal.type, signal.dyad, signal.status)
        if key not in best or signal.confidence > best[key].confidence:
            best[key] = signal
    for signal in _headline_measures(article, list(best.values())):
        best[signal.type, signal.dyad, signal.status] = signal
    own = _own_measure(article, [c for c, s in signals.values() if s is None], list(best.values()))
    if own is not None:
        best[own.type, own.dyad, own.status] = own
    return sorted(best.values(), key=lambda s: s.start)


GATE_EXEMPT_CLASSES = {"armed_services", "weapons"}   # who fights and what with: military context whatever the gate reads


def beyond_context_gate(doc: Doc, cast, url: str | None, headline: Callable[[], tuple[Doc, object]] | None,
                        offsets: list[int], certain: list[bool]) -> list[bool]:
    """For each signal (by its start offset) the context gate would veto, whether its context is political or military
    whatever the gate reads: the document is a notice (published on an official host, or worded as one), whose own
    machinery decides, or an armed service or military materiel (classes.json `armed_services`, `weapons`; a word of an
    everyday phrase is none) is named in the signal's paragraph (`the Navy took delivery`, `seized drone components`)
    or in the headline (`headline`: the headline parsed, with its actors: `ROK Navy transfers retired corvette`), unless
    the gate is all but certain the paragraph is other news (`certain`: an arms maker's shares that hit a record, a
    conscript who reached a chess final, drones sold to farmers). Asked only when the gate would veto."""
    article = _read_again(doc, cast, url, headline)
    if article.speaks_for_issuer():
        return [True] * len(offsets)
    heading = article.headline_article()
    if heading is not None and any(names & GATE_EXEMPT_CLASSES for names in heading.classes.values()):
        return [not sure for sure in certain]
    breaks = line_breaks(doc)   # (a token's line: how many line breaks there are up to it)
    armed = {bisect.bisect_right(breaks, i) for i, names in article.classes.items() if names & GATE_EXEMPT_CLASSES}
    at = numpy.searchsorted(doc.to_array(IDX), offsets, side="right") - 1   # the token each signal starts at
    return [not sure and bisect.bisect_right(breaks, token) in armed for token, sure in zip(at.tolist(), certain)]


def line_breaks(doc: Doc) -> list[int]:
    """The indices of the tokens that break a line. A line break is a whitespace token of its own, so only the
    whitespace tokens' texts are looked up: a string made for every token (or the text rebuilt token by token) costs
    more than the gate's reading it serves."""
    spaces, orths = doc.to_array([IS_SPACE, ORTH]).T
    at = numpy.flatnonzero(spaces)
    texts = map(doc.vocab.strings.__getitem__, orths[at].tolist())
    return list(compress(at.tolist(), map(str.__contains__, texts, repeat("\n"))))


def _read_again(doc: Doc, cast, url: str | None, headline: Callable[[], tuple[Doc, object]] | None) -> _Article:
    """The article as the rules read it (`find_signals`, of the same actors, url and headline), else read anew: a long
    notice's reading costs as much as its rules. What the gate and the backstop ask of it (notice or not, its issuer,
    its classes) is read off the whole document, the same whichever measure the rules were reading (the headline's
    issuer, which only the rules ask for, is the one thing the two readings may differ in)."""
    cast_read, url_read, headline_read, article = doc.user_data.get(ARTICLE, (None, None, None, None))
    if article is not None and cast_read is cast and url_read == url and headline_read is headline:
        return article
    return _Article(doc, cast, None, headline, publisher_of(url))


def forget_reading(doc: Doc) -> None:
    """Drop what the rules kept with the document once the gate and the backstop have asked: the article and the
    prepositions read per token (`_prepositions`) refer to the document, and the document to them, so without this
    only the cycle collector would free either."""
    doc.user_data.pop(ARTICLE, None)
    doc.user_data.pop(PREPOSITIONS, None)


def notice_reading(doc: Doc, cast, url: str | None,
                   headline: Callable[[], tuple[Doc, object]] | None) -> tuple[bool, str | None, str | None, bool]:
    """(is a notice, issuer code, issuer name, announces no measure) of a document, as the notice machinery reads it:
    a text on an official host is its publisher's notice; a text on a host publishers.json does not know (a new issuer:
    `fiu.mn`, `bceao.int`) or with no URL is a notice only if worded as one (`is_notice`), its issuer the body it names
    acting (`notice_issuer`), if any. News that reports a measure is no notice. A notice that teaches, convenes or
    steers shipping (`announces_no_measure`) is still one, but of no measure. Asked by the backstops only of a
    document whose measures the rules could not read."""
    article = _read_again(doc, cast, url, headline)
    if article.publisher:
        return True, article.publisher, None, article.announces_no_measure()
    if not article.is_notice():
        return False, None, None, False
    code, name, _ = article.notice_issuer()
    return True, code, name, article.announces_no_measure()


def _own_measure(article: _Article, dropped: list[Candidate], found: list[Signal]) -> Signal | None:
    """The measure a notice of measures states in words no sentence rule reads as one (an FAQ's `Deliveries ... are
    also barred`, a gazette's `vessels ... are prohibited from calling at Georgian ports`, a list headed `Delivered
    since the last update:`): where the document is a notice (`is_notice`, or published on an official host) that
    neither advises, withdraws nor relieves, and its rules yield no done or decided signal of a type a document issues,
    the candidates of those types that were dropped are read again with the document's issuer (its publisher, else
    the body it names acting) standing for the one their sentence lacks. Every other guard still holds: a measure
    negated, feared, withdrawn, relieved, named in a law's title or screened against stays dropped, and only one the
    reading finds done or decided counts; none whose clause names an actor of its own, nor a rule on no party. The type
    is the one most of those candidates name, the measure its strongest; its evidence is its own sentence."""
    kinds = {name for name, info in article.lex.types.items() if info.document_issuer}
    dropped = [c for c in dropped if c.type in kinds]   # (cheapest tests first: most articles end here)
    if not dropped or any(s.type in kinds and s.status in ("actual", "planned") for s in found):
        return None
    if not article.speaks_for_issuer() or article._advisory() or article.grants_relief():
        return None
    # (not one whose clause names its own actor, `Boeing has ended all exports to Russian airlines`, a word that only
    # says what another noun is about, `the policy on arms export licensing`, nor one capitalised inside a sentence,
    # part of a name: `the Committees on Arms Export Controls`)
    dropped = [c for c in dropped if not article.only_withdraws(c.type) and not _names_topic(article, c)
               and not _acted_by_another(article, c)
               and not (c.trigger.is_title and c.trigger.i != article.sentence(c.trigger).start)]
    if not dropped:
        return None
    issuer = article.publisher or article.notice_issuer()[0]
    if issuer is None:
        return None
    article.own_issuer = issuer
    try:
        read = [s for s in (_signal(article, c) for c in dropped)
                if s is not None and s.type in kinds and s.status in ("actual", "planned")]
    finally:
        article.own_issuer = None
    if not read:
        return None
    votes = {kind: sum(s.type == kind for s in read) for kind in kinds}
    return max(read, key=lambda s: (votes[s.type], s.confidence))


def _topic_of_talks(article: _Article, trigger: Token, talks_words: set[int]) -> bool:
    """Whether the trigger is what talks are about (`spoke with the Israeli ambassador about the shelling`, `talks on
    the attacks in the north`, `a call with his counterpart over the fighting`, `met to discuss the clashes`): the word
    names the subject of the talks, which the sentence reports, not an event of its own; so is a gerund the topic verb
    takes (`met to discuss restoring diplomatic ties and ending the war`), and that gerund's object (`to discuss
    extending the truce`)."""
    topics = article.lex.cues["topics"]
    token = trigger
    for _ in range(4):
        if (token.dep_ == "dobj" or token.dep_ == "xcomp" and token.tag_ == "VBG") and lemma_forms(
                token.head) & topics["verbs"]:
            return True
        gerund_object = token.dep_ == "dobj" and token.head.dep_ == "xcomp" and token.head.tag_ == "VBG"
        if token.dep_ not in TOPIC_CLIMB_DEPS and not gerund_object or _done_by_party(article, token.head, token):
            return False   # (what a party poses or does, "the threats posed by Iran, including its transfer of drones",
            # is told as done, a fact the talks take up)
        token = token.head
        if token.dep_ == "prep" and token.lower_ in topics["preps"] and (
                _talks_or_party(token.head, talks_words) or _talks_dwelt_on(article, token.head, talks_words)):
            return True
    return False


def _regarded_by_accord(article: _Article, trigger: Token, accord_words: set[int]) -> bool:
    """Whether an attack word is what an accord's terms say the parties will regard as what (`inked a pact committing
    each to treat aggression against one as aggression against both`, `a treaty under which an attack on either is
    deemed an attack on both`): the word is regarded by a `threatened.regarding_verbs` verb (as its object, its
    passive subject or what it is regarded as) whose clause is the content of an agreement word. A pledge of mutual
    defence names a condition the parties answer together, no attack made or planned."""
    regarding, token = article.lex.cues["threatened"]["regarding_verbs"], trigger
    for _ in range(REGARDING_REACH):
        if token.dep_ not in REGARDING_DEPS | {"nsubjpass"} or token.head is token:
            return False
        token = token.head
        if token.pos_ in VERB_POS and lemma_forms(token) & regarding:
            break
    else:
        return False
    while token.dep_ in {"xcomp", "ccomp", "relcl", "acl"} and token.head is not token:
        token = token.head
        if token.i in accord_words:
            return True
    return False


def _terms_of_accord(trigger: Token, accords: set[int]) -> bool:
    """Whether a word is in the clause an agreement word (found as made or planned) takes as its content, through
    infinitives, clauses and their coordinates (`the two leaders pledged not to threaten or use force against one
    another`): what the parties agree to do or not to do is the accord's terms, no act or refusal of its own. A verb
    coordinated with the agreement word is an act beside it (`signed the accord but refused to send troops`)."""
    token = trigger
    while token.dep_ in {"xcomp", "ccomp", "conj"} and token.head is not token:
        step, token = token.dep_, token.head
        if token.i in accords:
            return step != "conj"
    return False


def _talks_dwelt_on(article: _Article, verb: Token, talks_words: set[int]) -> bool:
    """Whether a verb of focus (`topics.focus_verbs`) has a talks word as its subject (`talks between the leaders
    centred on the fighting`): what the talks dwelt on is their subject."""
    subject = article.subject(verb) if verb.pos_ in VERB_POS else None
    return (subject is not None and subject.i in talks_words
            and bool(lemma_forms(verb) & article.lex.cues["topics"]["focus_verbs"]))


def _accord_under_discussion(signal: Signal) -> bool:
    """Whether an agreement is only proposed: talks about a truce or an exchange of detainees (`met to discuss a
    possible truce`) put it forward as their matter; no party offers it, the talks are the event."""
    return signal.type == "agreement" and signal.status == "proposed"


def _matter_of_text(article: _Article, trigger: Token) -> bool:
    """Whether a measure is only what a report, study or answer treats (`the annual report describes the export
    control regime`, `the study analyses the import ban`): the object of a `topics`
    `treating_verbs` verb, directly or as a word of that object's phrase. The text reports on the measure; it takes
    none."""
    treating = article.lex.cues["topics"]["treating_verbs"]
    token = trigger
    for _ in range(4):
        if token.dep_ == "dobj" and lemma_forms(token.head) & treating:
            return True
        if token.dep_ not in TOPIC_CLIMB_DEPS:
            return False
        token = token.head
    return False


def _talks_or_party(token: Token, talks_words: set[int]) -> bool:
    """A talks word, or the party talked with (`spoke with his counterpart about`: the parser hangs the topic there)."""
    return token.i in talks_words or (token.dep_ == "pobj" and token.head.lower_ in {"with", "to"}
                                      and token.head.head.i in talks_words)


def _first_conjunct(token: Token) -> Token:
    """The first of the words a token is conjoined with (`sanctions` of `sanctions and export controls`), which the
    parser gives the coordination's relation."""
    while token.dep_ == "conj":
        token = token.head
    return token


def _forbidden_by_measure(article: _Article, trigger: Token) -> bool:
    """Whether a delivery noun, or the first of the nouns it is conjoined with, is what a restriction (classes.json
    `restrictions`) is `on`, `against` or `of` (`extending the prohibition against the supply, sale or transfer of
    arms`, `the embargo on deliveries of weapons`, `the prohibition of exports of UAV components`), or the passive
    subject of a notices.json `prohibiting_words` verb (`any sale or transfer of drones to Iran is prohibited`): the
    measure forbids it, no one delivers."""
    if trigger.pos_ not in NOUN_POS:
        return False
    first = _first_conjunct(trigger)
    prep = first.head
    if first.dep_ == "nsubjpass":   # "any sale, supply or transfer of drones to Iran is prohibited"
        return (bool(lemma_forms(prep) & article.lex.notices["prohibiting_words"])
                and not any(c.dep_ == "neg" for c in prep.children))
    return (first.dep_ == "pobj" and prep.lower_ in {"on", "against", "of"}
            and "restrictions" in article.classes.get(prep.head.i, ()))


def _describes_listed_party(article: _Article, candidate: Candidate, listings: set[int]) -> bool:
    """Whether the act is a relative clause or participle describing a party no state code names that a sanctions
    measure of the text falls on (`imposed measures on 38 companies that supply weapons to the Kyiv regime`,
    `designating 17 individuals, including persons who have supplied munitions to Russia`), or the gerund of the reason
    given for listing it (`designating five companies for their involvement in procuring weapons components`): it tells
    who is listed and why, not a delivery the text reports. A state so described still delivers (`sanctions on Iran,
    which has supplied drones to Russia`)."""
    if not listings:
        return False
    clause = article.clause_verb(candidate.trigger)[0]  # "that supply weapons and military equipment"
    party = _party_held_responsible(candidate.trigger)   # "persons responsible for the supply of arms"
    if party is None and (clause is None or clause.dep_ not in {"relcl", "acl", "pcomp"}):
        return False
    token = party if party is not None else clause.head
    if article.code_of(token):
        return False
    for _ in range(6):
        if token.i in listings or any(c.i in listings for c in token.children):  # "imposing measures on"
            return True
        if token.dep_ not in LISTED_DEPS:
            return False
        token = token.head
    return False


def _party_held_responsible(trigger: Token) -> Token | None:
    """The party an adjective's or participle's preposition ties the act to (`persons responsible for the supply of
    arms and military equipment`, `entities involved in the sale of weapons`): the act is what the party is known for,
    read up from the act noun or from what it delivers."""
    token = trigger
    for _ in range(5):
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            describer = token.head.head
            if describer.dep_ in {"amod", "acl"} and (describer.pos_ == "ADJ" or describer.tag_ == "VBN"):
                return describer.head
        if token.dep_ not in {"conj", "pobj", "prep"} or token.head.i == token.i:
            return None
        token = token.head
    return None


def _headline_measures(article: _Article, found: list[Signal]) -> list[Signal]:
    """The measures a notice's headline names outright (`Resolution ordering the immediate freezing of assets of
    persons included in the 1988 Sanctions List`, `Request to financial institutions regarding the implementation of
    asset freeze measures`) where its body, in sentences the parser breaks (`resolves to order reporting entities to
    immediately freeze, without prior notice, the funds ...`) or in roundabout words (`payments ... are subject to a
    permission requirement`), yields no signal of their type: the notice's own, taken by the official body acting in
    it, its evidence the sentence where that body acts. Only for the types a document issues, and not an everyday
    word (`Circular on designations`), a law's or office's title (`Anti-Terrorism (Specified Entities) Order`) nor a
    word that only says what another noun is about (`sanctions screening requirements`). The notice is what its
    headline orders or requests of the parties it obliges: that measure is in force; one the headline denies, fears
    or makes a condition is none."""
    if article.headline is None or not article.is_notice():
        return []
    code, name, body = article.notice_issuer()
    if body is None:
        return []
    done = {s.type for s in found if s.status in ("actual", "planned")}
    heading = article.headline_article()
    signals = []
    for candidate in _candidates(heading):
        info = article.lex.types[candidate.type]
        kind = info.type or candidate.type
        if (not info.document_issuer or candidate.strength == "weak" or kind in done
                or _in_organisation_name(heading, candidate.trigger) or _in_law_title(heading, candidate.trigger)
                or _names_topic(heading, candidate) or candidate.type in DELIVERY_OR_DEPLOYMENT_KINDS
                and _forbidden_by_measure(heading, candidate.trigger)):
            continue   # (`Notice on the prohibition of exports of UAV components to Iran`: no delivery)
        status = _status(heading, candidate, info, code, by_document=True)
        if status in OVERRIDING or status == "proposed" and not heading.regulated:
            continue  # (a request to the parties the notice obliges is the notice: `Request to financial institutions`)
        status = "actual"   # the notice names what it orders, in force once published
        target = _ends(heading, candidate, info)[1]
        sent = article.sentence(body) if body.doc is article.doc else article.sentences[0]  # (a headline's body)
        evidence = sent.text.strip()
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        plover, cameo = _coding(info, status, False, False)
        signals.append(Signal(type=kind, status=status, hedged=False, source=article.ref(code) or ActorRef(name=name),
                              target=heading.ref(target if target != code else None), evidence=evidence,
                              start=start, end=start + len(evidence), confidence=STRENGTH_CONFIDENCE["weak"],
                              plover=plover, cameo=cameo, trigger=candidate.trigger.text))
        done.add(kind)
    return signals


def _acted_by_another(article: _Article, candidate: Candidate) -> bool:
    """Whether a measure's clause has an actor of its own that is not the document speaking: an active subject that
    is neither the issuer's own voice (`we`, `I`), an official body, a legal act (`The proclamation prohibits`) nor a
    measure, no one's own (notices.json `measure_nouns`: `The measure will finance the provision of armoured personnel
    carriers`) (`Boeing has halted operations and ended all exports to Russian airlines`: a firm's act)."""
    subject = _clause_subject(article, candidate.trigger)[1]
    return (subject is not None and subject.dep_ == "nsubj" and subject.lower_ not in OWN_VOICE
            and not article._official(subject) and not article._is_legal_act(subject)
            and not (subject.lemma_.lower() in _measure_nouns()
                     and not any(c.dep_ == "poss" for c in subject.children)))


def _names_topic(article: _Article, candidate: Candidate) -> bool:
    """Whether a measure word only says what another noun is about (`sanctions screening`, `sanctions obligations`;
    not the measures of its own kind: `asset freeze measures`, `the sanctions list`)."""
    trigger = candidate.trigger
    measures = article.lex.notices["measure_nouns"].get(candidate.type, frozenset())
    return trigger.dep_ == "compound" and trigger.head.lemma_.lower() not in measures


def _promises_force(article: _Article, trigger: Token, found: list[tuple[Candidate, Signal]],
                    threats: set[int]) -> bool:
    """Whether a word of commitment (`vowed`, `agreed`) carries a coercive measure or a conditional threat:
    one party deciding or promising force, not an agreement."""
    return (_governs_measure(article, trigger, found, coercive_only=True) or trigger.i in threats
            or bool(lemma_forms(trigger) & article.threat_verbs) and _conditional_complement(article, trigger)
            or _vows_violence(article, trigger))


def _vows_violence(article: _Article, trigger: Token) -> bool:
    """Whether what a word of commitment promises is violence (classes.json `violent_acts`: `vowed that the
    commanders would be hunted down and eliminated`, `pledged to wipe out the gunmen`), its complement or a verb
    joined to it: a threat, no promise to cooperate, even where no signal word names the violence."""
    acts = article.lex.roles["violent_acts"]
    complements = [c for c in trigger.children if c.dep_ in {"ccomp", "xcomp"}]
    return any(lemma_forms(verb) & acts for c in complements for verb in (c, *c.conjuncts))


def _venue_of_decision(article: _Article, trigger: Token, decisions: set[int]) -> bool:
    """Whether a meeting word only says where another act was decided or taken (classes.json `venue_preps`:
    `suspended Mali from the bloc at an emergency summit`, `expelled the envoy during a council session`, `allies
    committed at their summit to raise defence spending`): the measure or the accord is the event, the meeting no
    talks of its own."""
    return (trigger.dep_ == "pobj" and trigger.head.lower_ in article.lex.roles["venue_preps"]
            and trigger.head.head.i in decisions)


def _agreed_together(article: _Article, trigger: Token) -> bool:
    """Whether the clause's subject coordinates named parties (`the government and the Clan del Golfo agreed to move
    their fighters into zones`), or a name's modifiers do (`North and South Korea agreed`): an accord between them,
    whatever force it moves, not one party's promise."""
    subject = _clause_subject(article, trigger)[1]
    return subject is not None and bool(article.name_of(subject)) and (
        any(article.name_of(c) for c in subject.conjuncts)
        or any(c.dep_ in {"nmod", "compound", "amod"} and c.conjuncts for c in subject.children if c.is_title))


def _counted_goods(article: _Article, obj: Token) -> list[Token]:
    """A frame's object and, where it is a light noun, what it counts (`took delivery of a batch of armoured
    vehicles`): the goods are what make the frame military, not the word that counts them."""
    if obj.lemma_.lower() not in article.light_nouns:
        return [obj]
    return [obj, *_prep_objects(obj, "of")]


def _objects(article: _Article, verb: Token) -> set[int]:
    """The direct objects of a verb, through a light noun's `of` (`a package of sanctions`)."""
    return {o.i for c in verb.children if c.dep_ == "dobj" for o in _counted_goods(article, c)}


def _struck(article: _Article, verb: Token) -> set[int]:
    """What an attack verb strikes: its objects, its passive subject, and what it or its object is aimed at through
    the attack's target prepositions (`opened fire on a police patrol`, `fired rockets at a garrison`), with the
    compounds that name their kind (`fired on a military patrol boat`: the patrol was struck, not deployed)."""
    aims = lexicon().types["attack"].target_preps
    objects = _objects(article, verb) | {p.i for p in verb.children if p.dep_ == "nsubjpass"}
    struck = objects | {p.i for t in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
                        for p in _prep_objects(t, *aims)}
    return struck | {c.i for i in struck for c in article.doc[i].children if c.dep_ == "compound"}


def _undone(verb: Token) -> set[int]:
    """The measures a concession verb undoes: its objects and their conjuncts, a noun the parser conjoined with the
    verb itself (`lifted travel bans and asset freezes` read as `freezes` a second verb) or read as its complement
    clause (`lifted asset freezes`: `_object_read_as_clause`), and the act a decision
    undone was to take (`reversed its decision to expel the envoys`: no expulsion is planned)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "conj" and c.pos_ in NOUN_POS
               or _object_read_as_clause(c)]
    undone = {t.i for o in objects for t in (o, *o.conjuncts)}
    return undone | _decided_acts(verb)


def _decided_acts(verb: Token) -> set[int]:
    """The acts a verb's objects were decisions to take, by their infinitive (`reversed its decision to expel`)."""
    return {c.i for o in verb.children if o.dep_ == "dobj" for c in o.children
            if c.dep_ == "acl" and c.pos_ in VERB_POS and _is_infinitive(c)}


def _subsumed(signal: Signal, others) -> bool:
    """A signal with an end missing repeats one of the same type in its sentence that names both ends; not a request
    made of another party, unless it is one too (a peace agreement signed is not the withdrawal it asks for)."""
    if signal.source and signal.target:
        return False
    ends = {signal.source and signal.source.name, signal.target and signal.target.name} - {None}
    return any(o is not signal and o.type == signal.type and o.start == signal.start and o.source and o.target
               and (o.plover != "REQUEST" or signal.plover == "REQUEST")
               and ends <= {o.source.name, o.target.name} for o in others)


def _governs_measure(article: _Article, trigger: Token, found: list[tuple[Candidate, Signal]],
                     coercive_only: bool = False) -> bool:
    """Whether another signal's trigger sits under this threat (or promise) verb in the parse as what is
    threatened, not as the condition of the threat (`warned it would close the strait if the West imposed an
    embargo`, `would respond to any deployment`); for a promise, only a coercive signal counts, a threat too
    (`vowed to retaliate`, `vowed to avenge`, not `promised aid`), and not one in a clause that gives its occasion
    (`although fighting continued, negotiators signed an accord committing both sides to a ceasefire`)."""
    return any((c.type != "threat" or coercive_only) and s.status != "hypothetical" and trigger in c.trigger.ancestors
               and not (coercive_only and (s.plover not in COERCIVE_PLOVER or _in_background(article, c.trigger)))
               and not _in_condition(article, c.trigger, trigger)
               and (coercive_only or not _done_beside_threat(c.trigger, trigger)) for c, s in found)


def _done_beside_threat(token: Token, threat: Token) -> bool:
    """Whether a deed under a threat verb is reported beside it, not threatened by it: a participle clause of the
    threat verb (`declared war on the cartels, sending troops to the prisons`) or a clause describing a party on
    the way up (`declared war on the gangs besieging the capital`, `on the syndicates that control the jails`), or
    a clause naming its cause (`declared war after gunmen stormed a studio`); both the deed and the threat stand."""
    if token.dep_ == "advcl" and token.head.i == threat.i and token.tag_ == "VBG" \
            and not any(c.dep_ in {"mark", "aux"} for c in token.children):
        return True
    for step in [token, *token.ancestors]:
        if step.i == threat.i:
            return False
        if step.dep_ in {"acl", "relcl"}:
            return True
        if step.dep_ == "advcl" and step.head.i == threat.i \
                and any(c.dep_ == "mark" and c.lower_ in CAUSE_WORDS for c in step.children):
            return True
    return False


def _in_condition(article: _Article, token: Token, top: Token) -> bool:
    """Whether a condition clause (`if`, `unless`) or what a response answers lies on the way from a token up to
    `top`."""
    for step in [token, *token.ancestors]:
        if step.i == top.i:
            return False
        if _is_condition(article, step):
            return True
        if step.dep_ == "prep" and step.lower_ == "to" and lemma(step.head) in article.lex.cues["responses"]:
            return True  # "would respond militarily to the deployment": what is answered, not what is threatened
    return False


def _pos_ok(token: Token, pos: str) -> bool:
    return not pos or (pos == "VERB" and (token.pos_ in VERB_POS or _giving_participle(token) is not None)) or (
        pos == "NOUN" and token.pos_ in NOUN_POS)


def _giving_participle(token: Token) -> str | None:
    """The verb of giving (notices.json `service_receipts` `giving_words`) a past participle stands for where the
    tagger reads it as an adjective completing a copula (`a patrol craft was gifted to the Coast Guard`, `the
    vehicles were donated to the Army`): a passive verb of giving, whatever the tagger calls it."""
    if token.pos != ADJ or token.dep_ != "acomp" or not token.lower_.endswith("ed") or token.head.lemma_ != "be":
        return None
    word = token.lower_
    giving = lexicon().notices["service_receipts"]["giving_words"]
    return next((verb for verb in (word[:-2], word[:-1], word[:-3] + "y", word[:-3]) if verb in giving), None)


def _head_of_words(doc: Doc, start: int, end: int) -> Token:
    """The head word of a match: a one-word match (most are) is its token, with no span made (a span costs more to
    make than most checks cost to read)."""
    return doc[start] if end - start == 1 else doc[start:end].root


def _term_stands(doc: Doc, start: int, end: int, pos: str, acronyms: frozenset[str]) -> bool:
    """Whether a term match has the part of speech its entry names and, if an acronym, is written in capitals
    ("SWIFT", not Taylor Swift); a one-word match (most are) read off its token, with no span made."""
    if end - start == 1:
        root = doc[start]
        text = root.text
    else:
        span = doc[start:end]
        root, text = span.root, span.text
    return _pos_ok(root, pos) and (text.lower() not in acronyms or text.isupper())


OWN_FORCE_CLASSES = frozenset({"forces", "units", "armed_services"})
OWN_PLACE_PREPOSITIONS = ("along", "at", "near", "on", "in")   # where a verb puts the receiving force


def _built_at_home(article: _Article, materiel: Token | None, receiver: str | None = None) -> bool:
    """Whether materiel is described as made in the receiver's own country (classes.json `home_production`: `the first
    locally built corvette`, `an indigenous fighter`, `domestically produced howitzers`; or a `making_verbs`
    participle whose `at` or `in` names the receiver's state: `the patrol ship built at the Kenya Shipyards ... into
    the Kenya Navy`), also in the noun set beside the materiel's name (`the frigate Aldebaran, the first warship built
    at`): a service taking its own industry's product receives no delivery from another party."""
    if materiel is None:
        return False
    words, making = article.lex.roles["home_production"], article.lex.roles["making_verbs"]
    for noun in (materiel, *(c for c in materiel.children if c.dep_ == "appos")):
        for m in noun.children:
            if m.dep_ in {"amod", "compound"} and (
                    m.lower_ in words or any(a.dep_ == "advmod" and a.lower_ in words for a in m.children)):
                return True
            if receiver and m.dep_ == "acl" and m.lemma_.lower() in making and any(
                    article.code_of(t) == receiver for place in _prep_objects(m, "at", "in") for t in place.subtree):
                return True
    return False


def _fitted_platform(article: _Article, trigger: Token) -> bool:
    """Whether a verb of fitting (classes.json `fitting_verbs`) tells what a ship, aircraft or vehicle carries: its
    passive subject, the subject of the copula it completes, or the noun it describes (`the destroyer is armed with
    BrahMos missiles`, `the drones are equipped with cameras`, `frigates armed with Exocet missiles`)."""
    if trigger.lemma_.lower() not in article.lex.roles["fitting_verbs"]:
        return False
    verb = _first_conjunct(trigger)   # "is armed with a gun and is equipped with a radar"
    fitted = [c for v in {trigger, verb} for c in v.children if c.dep_ in {"nsubjpass", "nsubj"}]
    if verb.dep_ == "acomp":
        fitted += [c for c in verb.head.children if c.dep_ == "nsubj"]
    elif verb.dep_ == "acl":
        fitted.append(verb.head)
    return any("platforms" in article.classes.get(t.i, ()) for t in fitted)


def _names_object(article: _Article, verb: Token) -> bool:
    """Whether a verb of naming (status_cues `namings`: call, describe, dub) gives its object a name, its predicate
    (`what Islamabad called hideouts`, `called the strike an act of war`): it names, it calls no one."""
    if verb.pos_ not in VERB_POS or not lemma_forms(verb) & article.lex.cues["namings"]:
        return False
    deps = {c.dep_ for c in verb.children}
    return "oprd" in deps and "dobj" in deps   # (not `Macron called Putin`, which the parser may read as a predicate)


def _borne_by_fighters(article: _Article, trigger: Token) -> bool:
    """Whether a participle of bearing (classes.json `bearing_arms`: carry, bear, wield) describes armed people by
    what they carry (`hooded paramilitaries carrying assault rifles`): a word of forces or attackers, not a vehicle or
    a weapon (`planes carrying missiles for Kyiv` deliver them)."""
    bearing = article.lex.roles["bearing_arms"]
    if trigger.dep_ != "acl" or trigger.tag_ != "VBG" or trigger.lemma_.lower() not in bearing:
        return False
    classes = article.classes.get(trigger.head.i, set())
    return bool(classes & ARMED_PARTY_CLASSES) and not classes & {"platforms", "weapons"}


def _purpose_of_gift(article: _Article, trigger: Token) -> bool:
    """Whether a deployment is what a gift serves: the object of a notices.json `purpose_verbs` verb whose subject is
    one of `gift_nouns` or is described by one of classes.json `giving_modifiers` (`the donation supports the
    deployment of the army in the south`, `the donated trucks will help the deployment of troops`): the purpose of
    aid, no move of forces the text reports."""
    verb = trigger.head
    if _readied_for_by_gift(article, trigger):
        return True
    if trigger.dep_ != "dobj" or not lemma_forms(verb) & article.lex.notices["purpose_verbs"]:
        return False
    subject = article.subject(verb)
    return subject is not None and (subject.lemma_.lower() in article.lex.notices["gift_nouns"] or any(
        c.dep_ in {"amod", "acl"} and c.lower_ in article.lex.roles["giving_modifiers"] for c in subject.children))


def _readied_for_by_gift(article: _Article, trigger: Token) -> bool:
    """Whether a deployment is what those a gift is for prepare for (notices.json `preparing_verbs`: `will transfer
    radios to the Armed Forces for units preparing for peacekeeping deployments`): the `for` of a preparing
    participle on the `for` of a giving verb names the gift's purpose, no move of forces."""
    prep = trigger.head
    participle = prep.head
    if not (trigger.dep_ == "pobj" and prep.lower_ == "for" and participle.dep_ == "acl"
            and lemma_forms(participle) & article.lex.notices["preparing_verbs"]):
        return False
    readied = participle.head
    giving = readied.head.head
    return (readied.dep_ == "pobj" and readied.head.lower_ == "for" and giving.pos_ in VERB_POS
            and bool(lemma_forms(giving) & article.lex.notices["service_receipts"]["giving_words"]))


def _given_to_own_forces(article: _Article, candidate: Candidate, source: str) -> bool:
    """Whether a state named acting hands materiel to its own forces: the verb's subject names the giver, and its
    receiver (the first of two objects, or its `to`) is a force word whose phrase a possessive pronoun ties to the
    giver or names the giver's state (`handed new tanks to its brigades`, `handed Russian units new howitzers`), or
    that names no state where the verb places it at the giver's own (`handed 200 launchers to front-line units along
    its border`): a state arming itself, no delivery to another. A notice whose publisher stands in for the
    giver (`were delivered to the Navy of the Dominican Republic`) names no giver acting, and keeps its delivery."""
    verb = candidate.trigger
    goods = candidate.obj
    if candidate.reverse or verb.pos_ not in VERB_POS or goods is None:
        return False
    subject = article.subject(verb)
    if subject is None or not any(article.code_of(t) == source for t in (subject, *subject.children)):
        return False
    receivers = [c for c in verb.children if c.dep_ == "dative" or c.dep_ == "dobj" and c.i < goods.i
                 and goods not in c.subtree]
    receivers += _prep_objects(verb, "to")
    for receiver in receivers + [c for r in receivers for c in r.conjuncts]:
        if not article.classes.get(receiver.i, set()) & OWN_FORCE_CLASSES:
            continue
        if any(t.dep_ == "poss" and t.tag_ == "PRP$" or article.code_of(t) == source for t in receiver.subtree):
            return True
        if not any(article.code_of(t) for t in receiver.subtree) and any(
                t.dep_ == "poss" and t.tag_ == "PRP$" for place in _prep_objects(verb, *OWN_PLACE_PREPOSITIONS)
                for t in place.subtree):
            return True   # "handed launchers to front-line units along its southern border": units at its own border
    return False


def _made_of_relief_or_kit(article: _Article, unit: Token) -> bool:
    """Whether a force word's `of` names what it is made of rather than a force: relief workers (`a brigade of 120
    Cuban doctors`), or materiel a classes.json `counting_units` word counts in translated officialese (`ten units
    of military helicopters`, `300 units of armoured vehicles`), no military unit."""
    counting = unit.lower_ in article.lex.roles["counting_units"]
    return any("relief" in (classes := article.classes.get(p.i, set()))
               or counting and classes & MATERIEL_CLASSES for p in _prep_objects(unit, "of"))


def _candidates(article: _Article) -> list[Candidate]:
    """Term triggers, then frame triggers (a head word with an object of the frame's class)."""
    found: dict[tuple[str, int], Candidate] = {}
    for span, kind, strength, _ in article.term_spans:
        root = _content_root(span)
        found.setdefault((kind, root.i), Candidate(kind, root, strength))
    # token -> longest class match over it: "military aid" is weapons, not relief (only a match of two or more words
    # can be longer than another: most are of one word)
    longest = {}
    for start, end, _ in article.class_spans:
        if end - start > 1:
            for i in range(start, end):
                longest[i] = max(longest.get(i, 0), end - start)
    # a term over the class word (kind, length, head): "rocket" in "rocket fire" is no object, "talks" in "talks
    # with" is, being the term's own head
    term_kinds = {}
    for span, kind, _, _ in article.term_spans:
        head = span.root.i   # a span's root is found anew on each read
        for i in range(span.start, span.end):
            term_kinds[i] = (kind, len(span), head)
    framed = article.matches_of(_frame_object_classes())
    for start, end, name in sorted(framed, key=lambda item: item[0]):  # not `military`: no frame reads it
        covered = longest.get(start, 0) if end - start == 1 else max(map(longest.get, range(start, end), repeat(0)))
        if covered > end - start:   # (most matches are of one word: one look-up, no iterators made)
            continue
        root = _head_of_words(article.doc, start, end)
        sentence_heads = article.head_words(root)   # the words of its sentence that can head a frame
        if not _may_be_framed(name, sentence_heads):
            continue  # no frame over the word can be read in its sentence: none of the guards below need reading
        if name == MONEY_CLASS and _measures_other_noun(article, root):
            continue  # "approved a defence budget of 7.95 trillion yen": the budget is approved, no money given
        if _describes_receiver(root):
            continue  # "gave fuel transporters an ultimatum", "handed aid workers a list": it names who receives
        if _names_commodity_use(article, root):
            continue  # "began exporting jet fuel to Europe": the fuel is traded, no jet delivered
        if _carries_cargo(article, root):
            continue  # "sent two military aircraft carrying medical supplies": the vehicle's cargo is what is sent
        quantity = False   # the economic quantity the word only describes, read once a head is found
        if name in ("forces", "units") and _made_of_relief_or_kit(article, root):
            continue  # "a brigade of 120 Cuban doctors": a unit of relief workers is the relief it is made of;
            # "ten units of military helicopters": pieces of materiel, which are what is sent
        if name == "forces" and article.code_of(root) in article.lex.roles["peacekeeping_bodies"]:
            name = "peacekeepers"  # "deployment with the UN Interim Force": a UN force keeps the peace, builds up none
        span = article.doc[start:end]   # made only for a match some frame may be read over
        inside = term_kinds.get(root.i)
        for frame in _frames_of_class(name):
            if inside and inside[0] != frame.type and inside[1] > len(span) and inside[2] != root.i:
                continue
            if not (frame.recipients or frame.words & sentence_heads):
                continue  # no word of the sentence can head the frame: no climb (nor reading whether it is a notice)
            if frame.in_notices and not article.speaks_for_issuer():
                continue  # "the bank rejected the transaction": in news an everyday act, in a notice a measure
            if frame.recipients:  # "delivered three boats to Costa Rica's Coast Guard": the boats are materiel
                head, goods, recipient = _supplied_to(article, root, frame)
                reverse = head is None  # "four trainer aircraft were received by the Peruvian Air Force"
                if reverse:
                    head, goods = _received_by(article, recipient, frame)
                known = found.get((frame.type, head.i)) if head is not None else None
                if head is not None and known is None:
                    found[frame.type, head.i] = Candidate(frame.type, head, "frame", obj=goods, reverse=reverse,
                                                          reach=1, recipient=None if reverse else recipient)
                elif known is not None and not reverse and known.recipient is None:
                    known.recipient = recipient  # "patrol vessels built for the National Navy were delivered"
                continue
            head, reverse, reach = _frame_head(root, frame)
            if head is not None and frame.party_aims and not _aims_at_party(article, head, root, frame):
                continue  # "launched drones at the festival", "sent drones towards the blaze": a scene, no target
            if head is not None and _category_read_as_act(article, head, root):
                continue  # "the goods are restricted imports": a class of goods named, no act on them
            if head is not None and root.dep_ == "compound" and root.head.i == head.i and _prep_objects(head, "of"):
                continue  # "the first drone delivery of vaccines": the compound is the means, the `of` the goods
            if head is not None and root.dep_ == "conj" and root.head.i == head.i and root.tag_ == head.tag_:
                continue  # "halted currency sales and banned transfers", "to phase out or ban the import": a verb
                # joined to the head in its own form is an act of its own, not what the head acts on (the tagger
                # reads some plurals as verbs: "lifted travel bans and asset freezes")
            if head is not None and root.dep_ == "dative" and head.i == root.head.i and not frame.controlled_heads:
                continue  # "gave aid workers 48 hours to leave": its verb's receiver, not what it gives
            if head is not None and _unsent_arrival(article, head, root, frame):
                continue  # "the new Ukrainian howitzers arrived at the front": weapons moved, not delivered
            if head is not None and _brought_home(article, head, root, frame):
                continue  # "flew their F-16 jets home from the exercise": kit coming back, no buildup or delivery
            if head is not None and not _owned_where_needed(head, root, frame):
                continue  # "sent the Russian diplomats back": an expulsion, not its own envoy returned
            if head is not None and frame.objects == "organisations" and _forces_leave(article, head):
                continue  # "peacekeepers completed their withdrawal from Nagorno-Karabakh": a place, read as a body
            if head is not None and quantity is False:
                quantity = _economic_quantity_described(article, span, given=name == MONEY_CLASS)
            if head is not None and quantity is not None and not _states_quantity(article, head, quantity):
                continue  # "cut freight rates", "restricted lending growth", "blocked the purchase of a stake": prices
                # and quantities, not a measure against a state, whoever acts
            if head is not None and _through_other_term(root, head, frame.type, term_kinds):
                continue  # "announced a boycott of Qatari goods": the goods are the boycott's, not announced aid
            if head is not None and _partner_of_term(root, head, frame.type, term_kinds):
                continue  # "exchanged fire with soldiers": whom the fire was exchanged with, no prisoners exchanged
            known = found.get((frame.type, head.i)) if head is not None else None
            # "Patriot air defence systems": the head's own object
            if head is not None and (known is None or known.strength == "weak" and known.obj is None
                                     or known.obj is not None and reach < known.reach):
                found[frame.type, head.i] = Candidate(frame.type, head, "weak" if frame.weak else "frame",
                                                      obj=root, reverse=reverse, reach=reach,
                                                      recipient=_arrival_place(article, head, frame))
                if frame.in_notices and _act_names_party(article, head):
                    article.own_voice_acts.add(head.i)   # a measure only a notice's own voice makes, on a party
    _service_receipts(article, found)
    _recorded_deliveries(article, found)
    for verb in _acts_by_force_on_condition(article):   # "Baku could open the road by force if Yerevan ..."
        found.setdefault(("threat", verb.i), Candidate("threat", verb, "term"))
    for verb in _penalties_on_condition(article):   # "Tehran said Baku would pay a heavy price if it ..."
        found.setdefault(("threat", verb.i), Candidate("threat", verb, "term"))
    for verb in _ultimatums(article):   # "gave the prime minister until noon to meet his demands or be removed"
        found.setdefault(("threat", verb.i), Candidate("threat", verb, "term"))
    framed_heads = {i for _, i in found}
    for verb in _weapons_used_on_condition(article):   # "would use nuclear weapons in the event of aggression"
        if verb.i not in framed_heads:   # (`would launch missiles if` is read by its own frame)
            found["threat", verb.i] = Candidate("threat", verb, "term")
    for verb in _hostile_regardings(article):   # "would treat any patrol in its waters as a hostile act"
        found.setdefault(("threat", verb.i), Candidate("threat", verb, "term"))
    for verb in _answered_by_force(article):   # "any attempt to board a tanker would be met by Russian warships"
        found.pop(("talks", verb.i), None)
        found.setdefault(("threat", verb.i), Candidate("threat", verb, "term"))
    for verb in _envoys_let_back(article):   # "Tonga allowed New Zealand's high commissioner to return"
        found.pop(("agreement", verb.i), None)
        found.setdefault(("concession", verb.i), Candidate("concession", verb, "frame"))
    for verb, withheld in _withholdings_to_punish(article):   # "withheld the tax revenues ... to punish Ramallah"
        known = found.get(("sanctions", verb.i))
        if known is None or known.obj is None:
            found["sanctions", verb.i] = Candidate("sanctions", verb, "frame", obj=withheld, punitive=True)
    taken = {c.trigger.i for c in found.values()}
    for verb in _coercion_on_condition(article):   # "Moldova will cut the power supply to the region if ..."
        _read_as_threat(found, taken, verb)   # "would bar Czech companies ... if": the weak word is the threat
    for verb in _force_promised_on_any(article, found):   # "would board and detain any Vietnamese vessel"
        _read_as_threat(found, taken, verb)   # "would respond to any ...": the weak word is read as the threat
    # "cancelled restrictions on imports": the head's own object decides, not one further down; of several
    # objects the first ("sent troops and armoured vehicles" moves forces, it does not deliver arms), but troops
    # anywhere in the list move forces ("sent armoured vehicles and several hundred troops to Gotland")
    ranks = {k: _object_rank(article, c) for k, c in found.items() if c.obj is not None}
    nearest = {}
    for k, rank in ranks.items():
        nearest[found[k].trigger.i] = min(nearest.get(found[k].trigger.i, rank), rank)
    found = {k: c for k, c in found.items() if c.obj is None or ranks[k] == nearest[c.trigger.i]
             or _weapon_listed_with_relief(article, c, found)}
    found = {k: c for k, c in found.items() if not _shared_object_elsewhere(article, c, found.values())
             and not _aimed_not_given(c, found.values())}
    for verb in _entry_denials(article):   # "aircraft registered in Russia will be denied overflight of Moldova"
        found.setdefault(("sanctions", verb.i), Candidate("sanctions", verb, "term"))
    for verb in _prohibited_acts(article):   # "goods that may not be exported to Russia": stated as forbidden
        known = found.get(("sanctions", verb.i))   # "makes funds available": a frame word with no object of its own
        if known is None or known.obj is None:
            found["sanctions", verb.i] = Candidate("sanctions", verb, "frame", prohibited=True)
    for act in _forbidden_trade(article):   # "it is prohibited to export", "the export of ... is prohibited"
        framing = found.get(("sanctions", act.head.i))
        if framing is not None and framing.obj is not None and framing.obj.i == act.i:
            framing.prohibited = True   # "shipments ... were banned": the ban is the measure, read as a prohibition
        elif ("sanctions", act.i) not in found:
            found["sanctions", act.i] = Candidate("sanctions", act, "frame", prohibited=True)
    for verb in _withheld_grants(article):   # "no export licence will be issued for goods destined for Iran"
        if article.speaks_for_issuer():
            article.own_voice_acts.add(verb.i)
        known = found.get(("sanctions", verb.i))
        if known is None or known.obj is None:
            found["sanctions", verb.i] = Candidate("sanctions", verb, "frame", prohibited=True)
    for verb in _obliged_measures(article):   # "banks are directed to freeze", "shall immobilise", "Freeze all"
        if not _state_obliged(article, verb):
            found.setdefault(("sanctions", verb.i), Candidate("sanctions", verb, "frame"))
    for known in found.values():   # "shall suspend any transaction", "must make unavailable": what is ordered is done
        ordered = known.trigger if known.trigger.pos_ in VERB_POS else _procedural_verb(known.trigger)
        if (known.type == "sanctions" and ordered is not None
                and _under_obligation(article, ordered) and not _state_obliged(article, ordered)):
            known.obliged, known.strength = True, "frame" if known.strength == "weak" else known.strength
    # "test-fired a missile": a term whose words before its head say what kind of act the head is names the act, no
    # frame of another kind over the head (not a particle after it: "handed over" weapons are delivered)
    named = {root.i: kind for span, kind, _, _ in article.term_spans if span.start < (root := _content_root(span)).i}
    found = {k: c for k, c in found.items() if c.obj is None or named.get(c.trigger.i, c.type) == c.type}
    framed = {c.trigger.i: c.type for c in found.values() if c.obj is not None}  # "mobilisation of grants" is aid
    return sorted((c for c in found.values()
                   if framed.get(c.trigger.i, c.type) == c.type or c.obj is not None or c.prohibited or c.obliged),
                  key=lambda c: c.trigger.i)


def _object_rank(article: _Article, candidate: Candidate) -> tuple[int, int, int]:
    """How near a frame's object is to its head: by reach, then by place in the object list; a deployment's troops
    (forces that are no weapon) listed after materiel rank at the head of their list, as the list moves forces."""
    obj = candidate.obj
    first, classes = _first_conjunct(obj), article.classes.get(obj.i, set())
    troops = (candidate.type == "troop_buildup" and "forces" in classes and "weapons" not in classes
              and bool(article.classes.get(first.i, set()) & MATERIEL_CLASSES))
    return (candidate.reach, first.i, 0) if troops else (candidate.reach, obj.i, 1)


def _weapon_listed_with_relief(article: _Article, candidate: Candidate, found: dict) -> bool:
    """Whether an arms delivery's object is a weapon named as such (not a lone `generic_materiel` word: `equipment`,
    `vehicles`) listed with the relief the same head gives first (`received four armoured ambulances and two unmanned
    aerial vehicles`): the list delivers arms too, where `medicine and surgical equipment` stays relief."""
    obj = candidate.obj
    if candidate.type != "arms_delivery" or (obj.lemma_.lower() in article.lex.roles["generic_materiel"]
                                             and not _weapon_modifier(article, obj)):
        return False
    relief = found.get(("aid", candidate.trigger.i))
    return (relief is not None and relief.obj is not None and relief.reach == candidate.reach
            and candidate.obj in relief.obj.conjuncts)


def _named_only_by_capability(article: _Article, candidate: Candidate) -> bool:
    """Whether what a delivery gives is named only by a classes.json `defence_capabilities` word (`capabilities`,
    `systems`), no weapon word."""
    obj = candidate.obj
    return (obj is not None and "defence_capabilities" in article.classes.get(obj.i, ())
            and not _weapon_modifier(article, obj))   # (not "Patriot systems": the weapon its modifier names)


def _weapon_modifier(article: _Article, noun: Token) -> bool:
    """Whether a word that names materiel only by its kind is the head of a weapon's name, a modifier naming the
    weapon (`unmanned aerial vehicles`, `Patriot systems`)."""
    return any(c.dep_ in MODIFIER_DEPS and "weapons" in article.classes.get(c.i, ()) for c in noun.children)


def _carries_out_instrument(article: _Article, trigger: Token) -> bool:
    """Whether an attack word that also means carrying out (classes.json `carrying_out_words`) carries out an act, a
    contract or a plan (`carried_out_instruments`: `the Minister is charged with the execution of the present
    Arrêté`, `executed the contract`): a notice's closing formula or a work done, not a killing."""
    roles = article.lex.roles
    if not lemma_forms(trigger) & roles["carrying_out_words"]:
        return False
    done = (_prep_objects(trigger, "of") if trigger.pos_ in NOUN_POS
            else [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}])
    return any(t.lemma_.lower() in roles["carried_out_instruments"] or t.lower_ in roles["carried_out_instruments"]
               for d in done for t in (d, *d.conjuncts))


def _procedural_verb(noun: Token) -> Token | None:
    """The verb a measure noun is the object of, through the phrases between (`are requested to proceed without delay
    to the freezing of`, `shall carry out the blocking of`): a notice orders the measure by ordering that verb."""
    for _ in range(4):
        if noun.dep_ not in {"dobj", "pobj", "prep"}:
            return None
        noun = noun.head
        if noun.pos_ in VERB_POS:
            return noun
    return None


def _describes_receiver(word: Token) -> bool:
    """Whether a class word only modifies the first of a verb's two objects, the one who receives (`gave fuel
    transporters an ultimatum`; the parser calls it a dative or a second direct object): no goods given."""
    receiver = word.head
    if word.dep_ != "compound" or receiver.dep_ not in {"dative", "dobj"}:
        return False
    return receiver.dep_ == "dative" or any(c.dep_ == "dobj" and c.i > receiver.i for c in receiver.head.children)


def _names_commodity_use(article: _Article, word: Token) -> bool:
    """Whether a class word only names the use or grade of a commodity it modifies (classes.json `commodities`:
    `jet fuel`, `tank-car crude`): the fuel, oil or grain is what is traded, no weapon or force."""
    return word.dep_ == "compound" and "commodities" in article.classes.get(word.head.i, ())


RECEIVER_CLASSES = OWN_FORCE_CLASSES | {ORGANISATION_CLASS}


def _receiver_read_as_modifier(article: _Article, goods: Token | None) -> Span | None:
    """The receiver of a verb of two objects (classes.json `two_object_verbs`) that the parser read as a modifier of
    the goods (`Turkey gave Ukraine drones`, `sent the Ukrainian army tanks`, `denied Gaza access`): a compound that
    opens the object, names a state or is a force or body a state is named on, where the verb has no receiver of its
    own (no dative, no `to`). The words that name it receive; they do not give or own the goods."""
    if goods is None or goods.dep_ != "dobj" or goods.head.pos_ not in VERB_POS:
        return None
    verb = goods.head
    if not lemma_forms(verb) & article.lex.roles["two_object_verbs"] or any(
            c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None
    kinds = article.classes.get(goods.i, set())
    if kinds & OWN_FORCE_CLASSES and not kinds & MATERIEL_CLASSES:
        return None   # "sent Wagner fighters": forces moved, whose modifier names them
    first = next((c for c in goods.children if c.dep_ in {"compound", "nmod"} and c.i < goods.i), None)
    if first is None:
        return None
    opening = goods.doc[verb.i + 1:first.i + 1]   # "the Ukrainian army": a force word with its modifiers
    if any(t.dep_ not in {"det", "amod", "compound"} for t in opening[:-1]):
        return None
    if first.pos_ == "PROPN" and article.code_of(first) or article.classes.get(first.i, set()) & RECEIVER_CLASSES:
        return opening if any(article.code_of(t) for t in opening) else None
    return None


def _dative_receiver(article: _Article, noun: Token) -> str | None:
    """The state a verb of two objects gives a trigger noun to (`Russia gave Kyiv an ultimatum`, `handed Minsk a
    list of sanctions`): its dative, the one the act is aimed at."""
    if noun.dep_ != "dobj" or not lemma_forms(noun.head) & article.lex.roles["two_object_verbs"]:
        return None
    return next((code for c in noun.head.children if c.dep_ == "dative" and c.pos_ in NOUN_POS
                 if (code := article.code_of(c))), None)


def _read_as_threat(found: dict[tuple[str, int], Candidate], taken: set[int], verb: Token) -> None:
    """Make a promised verb a threat unless another candidate already reads it; a weak one (a bare trigger word
    with no object of its kind: `would bar Czech companies from its market`) gives way, as the promise says more."""
    weak = [k for k, c in found.items() if c.trigger.i == verb.i and c.strength == "weak"]
    if verb.i not in taken or weak:
        for key in weak:
            del found[key]
        found["threat", verb.i] = Candidate("threat", verb, "term")


def _acts_by_force_on_condition(article: _Article) -> list[Token]:
    """Verbs of acts to be done by force (status_cues `threatened.force_means`) in a clause tied to a condition
    (`would resolve the issue by other means if Yerevan did not return them`) or promised on whatever comes, their
    object marked `any` (`any_comer_marks`: `police would forcibly remove any barricades left on the roads`): whatever
    the act, a conditional promise of force is a threat; done by force with no condition (`seized the town by force`)
    it is no threat."""
    marks = article.lex.cues["threatened"]["any_comer_marks"]
    verbs = []
    for means in article.force_means:
        verb = means.root.head if means.root.dep_ == "prep" or means.root.dep_ == "advmod" else None
        if verb is not None and verb.pos_ in VERB_POS and (_tied_to_condition(article, verb) or _future_said(
                article, verb) and any(c.dep_ in {"dobj", "nsubjpass"} and _marked_any(c, marks)
                                       for c in verb.children)):
            verbs.append(verb)
    return verbs


def _weapons_used_on_condition(article: _Article) -> list[Token]:
    """Verbs of putting materiel to use (status_cues `use_verbs`) whose object is a weapon, in a clause tied to a
    condition (`would use the tactical nuclear weapons stationed on its soil in the event of aggression`, `could use
    its missiles if attacked`), promised by a state, an organisation or its armed service: force promised on what
    another party does, a threat (`farmers will use drones if the drought continues` is none; a verb that heads a frame
    of its own, `would launch missiles if`, is read by that frame)."""
    verbs = [article.doc[i] for i in article.verbs_named(article.lex.cues["use_verbs"])]
    return [verb for verb in verbs if any(_weapons_used(article, verb, c) for c in verb.children)
            and _tied_to_condition(article, verb) and _promising_party(article, verb)]


def _weapons_used(article: _Article, verb: Token, obj: Token) -> bool:
    """Whether a word is the materiel a verb of use (status_cues `use_verbs`) puts to use, as its direct object."""
    return (obj.dep_ == "dobj" and bool(lemma_forms(verb) & article.lex.cues["use_verbs"])
            and bool(article.classes.get(obj.i, set()) & MATERIEL_CLASSES))


def _ultimatums(article: _Article) -> list[Token]:
    """Verbs that give a party a deadline to do something or else (`gave the prime minister until noon to meet his
    demands or be removed`, `gave the rebels ten days to withdraw or hand over their weapons`): a deadline whose
    act has an alternative joined by `or` is an ultimatum, a threat whatever the alternative names; one to be suffered
    (`or face sanctions`: `patient_verbs`) is the threat itself, read from its own words."""
    verbs = [article.doc[i] for i in article.verbs_named(article.lex.roles["deadline_verbs"])]
    return [verb for verb in verbs if any(
        any(c.dep_ == "cc" and c.lower_ == "or" for c in act.children)
        and not any(c.dep_ == "conj" and lemma_forms(c) & article.patient_verbs for c in act.children)
        for act in _deadline_acts(verb))]


def _penalties_on_condition(article: _Article) -> list[Token]:
    """Verbs of a penalty phrase (status_cues `threatened.penalties`) tied to a condition (`the UAE would pay a heavy
    price if it allowed its territory to be used`): a party told it will suffer for an act is threatened; a cost a
    party accepts (`was prepared to pay a high price`) names no condition."""
    return [span.root for span in article.penalties
            if span.root.pos_ in VERB_POS and (_tied_to_condition(article, span.root)
                                               or _penalty_for_act(article, span))]


def _penalty_for_act(article: _Article, penalty: Span) -> bool:
    """Whether a party says another will suffer for an act it names by a gerund (`Beijing said the Philippine navy
    would bear the consequences of escorting the boats`): the act stands where a condition would; a penalty for a
    state of affairs names a noun (`bore the consequences of a poor harvest`), and one a minister foresees for his
    own farmers (`would bear the consequences of losing the subsidy`) has no other party saying it. An act marked
    `any` (status_cues `threatened.any_comer_marks`: `would pay a heavy price for any new incursion`) stands for it
    too: the `any` is the condition."""
    marks = article.lex.cues["threatened"]["any_comer_marks"]
    if not any(prep.dep_ == "prep" and prep.lower_ in {"of", "for"} and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG"
            or c.dep_ == "pobj" and _marked_any(c, marks)
            for c in prep.children)
            for token in penalty for prep in token.children):
        return False
    speaker, _ = _speaker_of_promise(article, penalty.root)
    return speaker is not None and speaker != article.code_of(article.subject(penalty.root))


def _marked_any(noun: Token, marks: frozenset[str]) -> bool:
    """Whether a noun's determiner is one of the `any_comer_marks` (`any vessel`): whoever comes, no one named."""
    return any(c.dep_ == "det" and c.lower_ in marks for c in noun.children)


def _hostile_regardings(article: _Article) -> list[Token]:
    """Verbs by which a party says it will regard someone or an act as hostile (status_cues
    `threatened.regarding_verbs` over a `hostile_designations` phrase: `would consider any intervention a declaration of
    war`, `ships calling at its ports will be considered legitimate targets`): announcing whom one will treat as an
    enemy is a threat of force. Only a verb with a future auxiliary: `called the strike an act of war` accuses."""
    cues = article.lex.cues
    regarding, futures = cues["threatened"]["regarding_verbs"], cues["planned"]["auxiliaries"]
    verbs = []
    for designation in article.hostile_designations:
        token = designation.root
        for _ in range(REGARDING_REACH):
            if token.dep_ not in REGARDING_DEPS or token.head is token:
                break
            token = token.head
            if token.pos_ in VERB_POS and lemma_forms(token) & regarding:
                if any(c.dep_ == "aux" and c.lower_ in futures for c in token.children):
                    verbs.append(token)
                break
    return verbs


def _answered_by_force(article: _Article) -> list[Token]:
    """Passive verbs of answering (status_cues `threatened.answering_verbs`) with a future or conditional auxiliary
    whose agent or `with` is an armed force or weapon (`any attempt to board a tanker would be met by the Baltic
    Fleet's warships`, `intruders will be greeted with missiles`): the force promised against another's act is a
    threat, not a meeting. Found from the force words up (they are few); `the delegation was met by soldiers at the
    airport` is told in the past and promises nothing."""
    answering = article.lex.cues["threatened"]["answering_verbs"]
    verbs = []
    for _, end, _ in article.matches_of(OWN_FORCE_CLASSES | MATERIEL_CLASSES):
        noun = article.doc[end - 1]
        noun = noun.head if noun.dep_ in {"compound", "amod"} else noun
        prep = noun.head
        if noun.dep_ != "pobj" or not (prep.dep_ == "agent" or prep.dep_ == "prep" and prep.lower_ == "with"):
            continue
        verb = prep.head
        if (verb.pos_ in VERB_POS and lemma_forms(verb) & answering and verb not in verbs
                and any(c.dep_ == "auxpass" for c in verb.children) and _future_said(article, verb)):
            verbs.append(verb)
    return verbs


def _envoys_let_back(article: _Article) -> list[Token]:
    """Verbs by which a state lets another's envoy come back (status_cues `hypothetical.enablers` over a returning
    verb whose subject or object is a classes.json `diplomatic` word: `Tonga allowed New Zealand's high commissioner
    to return`, `Mali permitted the French ambassador to resume his duties`): a rupture undone, a concession by the
    state that allows, not an agreement (the envoy is not its object: its owner did not act). Found from the
    diplomatic words (they are few)."""
    enablers = article.lex.cues["hypothetical"]["enablers"]
    returning = {"return", "resume", "come back", "go back"}
    found = []
    for _, end, _ in article.matches_of({"diplomatic"}):   # (a token made only of a diplomatic word)
        envoy = article.doc[end - 1]
        if envoy.dep_ not in {"nsubj", "dobj"}:
            continue
        head = envoy.head
        act = head if lemma_forms(head) & returning else next(
            (c for c in head.children if c.dep_ in {"xcomp", "ccomp"} and lemma_forms(c) & returning), None)
        enabler = act.head if act is not None and act.dep_ in {"xcomp", "ccomp"} else None
        if enabler is not None and enabler.pos_ in VERB_POS and lemma_forms(enabler) & enablers:
            found.append(enabler)
    return found


def _future_said(article: _Article, verb: Token) -> bool:
    """Whether a verb carries a future or conditional auxiliary (status_cues `planned.auxiliaries`,
    `speculative.auxiliaries`: `will`, `would`, `could`): a promise, not a report."""
    cues = article.lex.cues
    futures = cues["planned"]["auxiliaries"] | cues["speculative"]["auxiliaries"]
    return any(c.dep_ == "aux" and c.lower_ in futures for c in verb.children)


def _coercion_on_condition(article: _Article) -> list[Token]:
    """Verbs of coercion (status_cues `threatened.coercive_acts`) a state or organisation says it will do if another
    party acts (`Moldova will cut the electricity supply to the region if its authorities set up checkpoints`, `said
    it would close its borders with Niger unless the president was reinstated`): a conditional promise of a penalty
    is a threat, whatever its object (a force the speaker's state sends: `would intervene if`). The condition must be a party's act, or the act aimed at another state:
    `will close the schools if the storm worsens` is a precaution, and a company's terms (`would cut flights if`) are
    no state's threat."""
    acts = article.lex.cues["threatened"]["coercive_acts"]   # said with a future auxiliary, or under a threat verb
    verbs = []
    for condition in article.condition_clauses[0]:
        clause = article.doc[condition]
        verb = clause.head
        if not (clause.dep_ == "advcl" and verb.pos_ in VERB_POS and lemma_forms(verb) & acts):
            continue  # most conditions hang on no verb of coercion: the promise and the parties are not read
        # "would nationalise the mine and detain its managers unless": the first verb's auxiliary and object count
        acts_of = [verb, verb.head] if verb.dep_ == "conj" and verb.head.pos_ in VERB_POS else [verb]
        promised = any(_future_said(article, act) or (
            act.dep_ == "xcomp" and bool(lemma_forms(act.head) & article.threat_verbs)) for act in acts_of)
        if promised and _promising_party(article, verb) and (
                _party_acts(article, clause) or any(_aimed_at_other_state(article, act) for act in acts_of)):
            verbs.append(verb)
    return verbs


def _promising_party(article: _Article, verb: Token) -> str | None:
    """The party that promises a coercive act: the one its subject names, or, where the subject is a force the text
    gives no state (classes.json `armed_services`: `the minister said the army would intervene if`), the speaker it
    speaks for."""
    subject = article.subject(verb)
    if code := article.code_of(subject):
        return code
    if subject is not None and "armed_services" in article.classes.get(subject.i, ()):
        return _reporting_speaker(article, verb)[0]
    return None


@lru_cache(maxsize=1)
def _any_comer_hashes() -> numpy.ndarray:
    """The hashes of the status_cues `threatened.any_comer_marks` words, sorted, to look the lowercase array up in."""
    return numpy.array(sorted(hash_string(w) for w in lexicon().cues["threatened"]["any_comer_marks"]), numpy.uint64)


def _force_promised_on_any(article: _Article, found: dict[tuple[str, int], Candidate]) -> list[Token]:
    """Verbs by which a party promises force against whoever comes (status_cues `threatened.any_comer_acts` with a
    future or conditional auxiliary on an object or passive subject marked `any`: `the coast guard would board and
    detain any Vietnamese vessel`, `any tanker heading for Niamey would be set on fire`), or promises to answer any
    hostile act (a `responses` verb whose `to` or `against` is a hostile candidate: `would respond firmly to any
    further expulsion of its staff`): the `any` is the condition, so the promise is a threat. The comer must be a
    vessel, vehicle or force (`any_comer_classes`; `would destroy any counterfeit watches` is customs work), and a
    party must promise it, by its subject or as the speaker. Found from the `any` words up (they are few)."""
    marks = numpy.flatnonzero(article.lower_index.among(_any_comer_hashes())).tolist()
    if not marks:
        return []
    cues = article.lex.cues
    threatened = cues["threatened"]
    hostile = {i for (kind, i) in found if kind not in DEESCALATION_TYPES and kind != "emergency"}
    verbs = []
    for i in marks:
        mark = article.doc[i]
        noun = mark.head
        if mark.dep_ != "det" or noun.pos_ not in NOUN_POS:
            continue
        verb = None
        if noun.dep_ in {"dobj", "nsubjpass"} and (lemma_forms(noun.head) & threatened["any_comer_acts"]
                                                     or ("attack", noun.head.i) in found):   # "set on fire"
            if article.classes.get(noun.i, set()) & threatened["any_comer_classes"]:
                verb = noun.head
        elif (noun.dep_ == "pobj" and noun.head.lower_ in {"to", "against"} and noun.i in hostile
              and lemma_forms(noun.head.head) & cues["responses"]):
            verb = noun.head.head
        if verb is None or verb.pos_ not in VERB_POS or not (
                _future_said(article, verb) or verb.dep_ == "conj" and _future_said(article, verb.head)):
            continue
        if verb.dep_ in {"ccomp", "xcomp"} and lemma_forms(verb.head) & article.threat_verbs:
            continue   # "warned it would seize any boat": the threat verb reads the act as its own
        if article.code_of(article.subject(verb)) or _reporting_speaker(article, verb)[0]:
            verbs.append(verb)   # (the future is checked above: the speaker of the promise is the reporting one)
    return verbs


def _aimed_at_other_state(article: _Article, verb: Token) -> bool:
    """Whether a coercive act's object or preposition names a state other than the actor's (`would close its border
    with Belarus if smuggling balloons kept drifting in`, `would seal the frontier with Afghanistan if attacks
    continued`): the penalty falls on that state, whatever the condition names; a precaution at home names none
    (`will close the schools if the storm worsens`)."""
    actor = article.code_of(article.subject(verb))
    return any(article.cast.code_at(t) not in (None, actor)
               for o in verb.children if o.dep_ in {"dobj", "prep"} for t in o.subtree)


@lru_cache(maxsize=1)
def _coercive_aim_hashes() -> numpy.ndarray:
    """The hashes of the classes.json `coercive_aims` lemmas, sorted, to look the lemma array up in."""
    return numpy.array(sorted(hash_string(word) for word in lexicon().roles["coercive_aims"]), numpy.uint64)


def _withholdings_to_punish(article: _Article) -> list[tuple[Token, Token | None]]:
    """Verbs of withholding (classes.json `withholding_acts`) whose purpose or occasion is coercive (`coercive_aims`:
    `withheld the tax revenues it collects for the Authority, a step meant to punish Ramallah`, `froze the customs
    revenue in retaliation for the ban`), with what they withhold: money or goods a state owes or passes on, held
    back to punish, is a sanction whatever the goods are. Found from the aim words up (they are few); a state or
    organisation must withhold (`the club withheld his bonus to punish him` is no state's)."""
    withholding = article.lex.roles["withholding_acts"]
    found = []
    for i in numpy.flatnonzero(article.lemma_index.among(_coercive_aim_hashes())).tolist():
        token = article.doc[i]
        for _ in range(6):   # up through the purpose clause (`a step meant to punish`) or its preposition, also where
            # the parser hangs it on what is withheld (`its share of EU funds destined for Kyiv in retaliation`)
            if token.dep_ not in AIM_DEPS or token.head.i == token.i:
                break
            token = token.head
            if token.pos_ in VERB_POS and lemma_forms(token) & withholding:
                if article.code_of(article.subject(token)):
                    found.append((token, next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}),
                                              None)))
                break
    return found


def _party_acts(article: _Article, clause: Token) -> bool:
    """Whether a clause's subject is a party: a state or organisation, a named one, or its officials or forces
    (classes.json `actors`: `if its authorities set up checkpoints`, `unless the president was reinstated`)."""
    subject = article.subject(clause)
    return subject is not None and bool(
        article.code_of(subject) or subject.ent_type_ in PARTY_ENTITIES
        or "actors" in article.classes.get(subject.i, set()))


def _tied_to_condition(article: _Article, verb: Token) -> bool:
    """Whether a condition clause (`if`, `unless`, `should`) or phrase (`in the event of`) hangs on the verb, or was
    hung by the parser on a word of the verb's prepositional phrase (`_condition_host`), or closes a modal clause
    conjoined after the verb's (`Hezbollah would pay a heavy price and Lebanon could be sent back to the Stone Age if
    the group launched a war`): a condition after coordinated promises conditions them all."""
    return _condition_on(article, verb) or any(c.dep_ == "conj" and _promise_on_condition(article, c)
                                               for c in verb.children)


def _promise_on_condition(article: _Article, conjunct: Token) -> bool:
    """Whether a verb conjoined after another is a modal clause with a condition of its own (`... and Lebanon could be
    sent back to the Stone Age if the group launched a war`): the condition closes the coordination."""
    return conjunct.pos_ in VERB_POS and _has_modal(conjunct.children) and _condition_on(article, conjunct)


def _has_modal(children: Iterable[Token]) -> bool:
    """Whether a verb's children hold a modal auxiliary (`would`, `could`, `will`): the clause promises or foresees."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)


def _condition_on(article: _Article, verb: Token) -> bool:
    """Whether a condition hangs on the verb itself (see `_tied_to_condition`)."""
    return verb.i in article.displaced_conditions or any(
        c.dep_ in {"advcl", "ccomp"} and _is_condition(article, c) or c.i in article.condition_tokens
        or _conditional_purpose(article, c) for c in verb.children)


def _condition_host(clause: Token) -> Token | None:
    """The verb a condition clause conditions where the parser hung it on a word of a prepositional phrase of that verb
    (`would send troops across the border "without warning" if the fighters were not pulled back`): the promise is what
    is conditioned, not its manner. None where the clause hangs on a verb itself."""
    host = clause.head
    if clause.dep_ not in {"advcl", "ccomp"} or host.i == clause.i:
        return None
    while host.dep_ in CONDITION_CARRIER_DEPS and host.head.i != host.i:
        host = host.head
    return host if host.i != clause.head.i and host.pos_ in VERB_POS else None


def _service_receipts(article: _Article, found: dict[tuple[str, int], Candidate]) -> None:
    """Materiel that comes into an armed service's hands, by structure rather than by verb (notices.json
    `service_receipts`): each notice writer has a verb of their own (`landed at the air base`, `were transferred to the
    Mobile Force`, `presided over the handing over of`, `took charge of`), but the materiel word, its event and the
    service tied to that event by dependency are the same; adds an arms delivery candidate for each, read once per
    article."""
    words = article.lex.notices["service_receipts"]
    materiel = _named_materiel(article, words)
    materiel |= _lots_told_before(article, materiel)
    for i in sorted(materiel):
        goods = _materiel_phrase_head(article.doc[i], materiel, article.light_nouns)
        for event in _materiel_events(goods):
            if not lemma_forms(event) & words["event_words"] or event.dep_ == "relcl" and any(
                    c.type == "arms_delivery" and c.obj is not None and c.obj.i == goods.i for c in found.values()):
                continue  # (not "took delivery of two helicopters, which arrived at Entebbe Air Base": told again)
            recipient, reverse = _receiving_service(article, event, goods, words)  # reverse: the subject receives
            if recipient is None:
                continue
            found.pop(("troop_buildup", event.i), None)  # received by a service: delivered, not deployed
            relief = found.get(("aid", event.i))
            if relief is not None and relief.obj in _listed_with(goods, event):
                del found["aid", event.i]  # "trucks and ambulances acquired for the combat units": a service's kit
            known = found.get(("arms_delivery", event.i))
            if known is None:
                found["arms_delivery", event.i] = Candidate("arms_delivery", event, "frame", obj=goods, reach=1,
                                                            reverse=reverse,
                                                            recipient=None if reverse else recipient)
            elif known.recipient is None and not reverse and not (known.reverse and _names_receiver(article, event)):
                known.recipient, known.reverse = recipient, False  # (a receiving word whose clause names no
                # receiver: "the ceremony receiving the first two aircraft at Wing 1", "the ceremony of receipt of")
            break


def _category_read_as_act(article: _Article, head: Token, obj: Token) -> bool:
    """Whether a measure participle is the adjective of a category the parser reads as a passive verb over its
    object (`The goods are restricted imports`, `these chemicals are controlled substances`): the passive subject
    is goods (classes.json `classified_goods`) and the participle stands right before a plural object; what the
    sentence says is which class the goods are in, not that anyone restricts them."""
    if obj.dep_ != "dobj" or obj.head != head or head.i != obj.i - 1 or head.tag_ != "VBN" or obj.tag_ != "NNS":
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    return any(c.dep_ == "auxpass" for c in head.children) and any(
        s.lemma_.lower() in article.lex.roles["classified_goods"] for s in subjects)


def _recorded_deliveries(article: _Article, found: dict[tuple[str, int], Candidate]) -> None:
    """Materiel listed in the goods field of a delivery record (`Items: five response vessels`) whose other fields
    name who receives (`Recipient: Philippine Coast Guard`, `Donation: the Ministry of Defence of A to the Ministry
    of Defence of B`): an arms delivery candidate on the goods field's label, the receiver as its recipient; the giver
    is read with the ends (`_record_giver`). A record's fields are sentences the parser reads apart, so the delivery
    is put together from them, not from any one parse."""
    fields = article.delivery_record()
    if not fields["goods"]:
        return
    receiver = _record_receiver(article, fields)
    if receiver is None:
        return
    materiel = _named_materiel(article, article.lex.notices["service_receipts"])
    for goods_field in fields["goods"]:
        goods = next((article.doc[i] for i in sorted(materiel) if goods_field.start <= i < goods_field.end), None)
        if goods is not None:
            label = goods_field.sent.root
            found.setdefault(("arms_delivery", label.i),
                             Candidate("arms_delivery", label, "frame", obj=goods, reach=1, recipient=receiver))


def _record_receiver(article: _Article, fields: dict[str, list[Span]]) -> Token | None:
    """Who a delivery record names as receiving: the head of a `receiver` field, or the `to` of an `event` field
    (`Donation: A to B`), an armed service or a state's body (a word the actor layer codes, or a name with a state
    in it: `the Ministry of National Defence of the Lao PDR`)."""
    named = [field.root for field in fields["receiver"]]
    named += [p for field in fields["event"] for t in field if t.dep_ == "prep" and t.lower_ == "to"
              for p in t.children if p.dep_ == "pobj"]
    words = article.lex.notices["service_receipts"]
    return next((party for party in named if _is_service(article, party, words) or _record_state(article, party)),
                None)


def _record_state(article: _Article, party: Token) -> str | None:
    """The state a record's party belongs to: a service's state, or the first state named in the party's phrase
    (`Ministry of National Defence of the Lao PDR`: the parser chains the `of` phrases); a field is short."""
    return _service_state(article, party) or next((code for t in party.subtree if (code := article.cast.code_at(t))),
                                                  None)


def _record_giver(article: _Article) -> str | None:
    """The state a delivery record names as giving: the head of its `giver` field (`Donor: Government of Japan`), or
    the party its `event` field opens with (`Donation: Ministry of National Defence of Viet Nam to ...`)."""
    fields = article.delivery_record()
    named = [field.root for field in fields["giver"]]
    named += [next((t for t in field if t.dep_ != "punct"), field.root) for field in fields["event"]]
    return next((code for party in named if (code := _record_state(article, party))), None)


def _named_materiel(article: _Article, words: dict) -> set[int]:
    """The words that name materiel: those of a `materiel_classes` class, and the type designations and typed
    materiel words with a name (`_designated_materiel`)."""
    named = article.matches_of(words["materiel_classes"])
    return {_head_of_words(article.doc, start, end).i for start, end, _ in named} | _designated_materiel(article)


def _lots_told_before(article: _Article, materiel: set[int]) -> set[int]:
    """The nouns that take up materiel the sentence before named (`referring_nouns` with a definite determiner: `A
    further batch of TB2 drones arrived at the airport. The Minister of Defence received the consignment`): the
    receipt told after the arrival is of that materiel. Read from the materiel found, once per article, off the
    lemma hashes (`_referring_nouns`): tokens made only of the referring words."""
    strings, sentences = article.doc.vocab.strings, article.sentences
    found = set()
    for told in set(article.sentence_of_token[sorted(materiel)].tolist()):
        if told + 1 < len(sentences):
            start, end = sentences[told + 1].start, sentences[told + 1].end
            lemmas = article.lemmas[start:end].tolist()
            referring = _referring_nouns().pick(lemmas, strings)
            found.update(i for i, word in enumerate(lemmas, start) if word in referring and any(
                c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in article.doc[i].children))
    return found


def _names_receiver(article: _Article, event: Token) -> bool:
    """Whether a receiving word's clause names who receives: a verb's own active subject, not one it borrows from the
    clause it describes nor its passive subject, which is what is received (`three helicopters were received at the
    air base`), or the subject of a receipt verb over the noun (`witnessed the arrival of`)."""
    if event.pos_ in VERB_POS:
        return any(c.dep_ == "nsubj" for c in event.children)
    return _received_by_subject(article, event)


class _WordFacts:
    """Whether a word passes a test, kept per process by the word's string hash, as the hashes that pass and those that
    fail: the same nouns come back in every document, and reading a word out of the string store and testing it costs
    more than a set operation. Bounded: cleared when full."""

    def __init__(self, test: Callable[[str], bool], size: int = 200_000):
        self.test, self.size, self.passing, self.failing = test, size, set(), set()

    def pick(self, hashes: Iterable[int], strings) -> set[int]:
        """The distinct hashes whose word passes the test: only the words never met before are tested."""
        if len(self.passing) + len(self.failing) > self.size:
            self.passing.clear()
            self.failing.clear()
        hashes = set(hashes)
        for h in hashes - self.passing - self.failing:
            (self.passing if self.test(strings[h]) else self.failing).add(h)
        return hashes & self.passing


@lru_cache(maxsize=1)
def _designations() -> _WordFacts:
    """Forms that are a materiel type designation (notices.json `service_receipts` `designation`: `F-35I`)."""
    return _WordFacts(re.compile(lexicon().notices["service_receipts"]["designation"]).match)


@lru_cache(maxsize=1)
def _typed_materiel_words() -> _WordFacts:
    """Lemmas that, lower-cased, are a typed materiel word (notices.json `service_receipts` `typed_materiel`)."""
    typed = lexicon().notices["service_receipts"]["typed_materiel"]
    return _WordFacts(lambda word: word.lower() in typed)


@lru_cache(maxsize=1)
def _referring_nouns() -> _WordFacts:
    """Lemmas that, lower-cased, are a noun taking up materiel named before (notices.json `service_receipts`
    `referring_nouns`)."""
    referring = lexicon().notices["service_receipts"]["referring_nouns"]
    return _WordFacts(lambda word: word.lower() in referring)


def _designated_materiel(article: _Article) -> set[int]:
    """The nouns that name materiel by its type designation (`three F-35I aircraft`) or by a typed materiel word with
    a name (`Rafale fighters`): read off the noun arrays, each distinct word tested once per process
    (`_WordFacts`), tokens made only of the typed words."""
    strings = article.doc.vocab.strings
    nouns = numpy.flatnonzero(_any_of(article.pos, NOUN_POS_IDS))
    orths, lemmas, nouns = article.orths[nouns].tolist(), article.lemmas[nouns].tolist(), nouns.tolist()
    designated = _designations().pick(orths, strings)
    typed = _typed_materiel_words().pick(lemmas, strings)
    found = {i for i, orth in zip(nouns, orths) if orth in designated}
    return found | {i for i, lemma_hash in zip(nouns, lemmas)
                    if lemma_hash in typed and any(c.pos_ == "PROPN" for c in article.doc[i].children)}


def _materiel_phrase_head(word: Token, materiel: set[int], light_nouns: frozenset[str]) -> Token:
    """The noun a materiel word stands in for: the head of its list of materiel (`carriers and trucks`), the noun a
    type designation names (`three F-35I aircraft`), the light noun or share that counts it (`a consignment of
    mortars`, `11 of the 36 fighters`) or the noun a list after a colon spells out (`the following items were
    received: ten trucks`);
    not a list head that is no materiel, where the parser coordinates the list's last item with the event noun (`the
    handover of forty trucks and ten ambulances`)."""
    while True:
        if word.head.pos_ in NOUN_POS and (word.dep_ in {"compound", "nmod"}
                                           or word.dep_ in {"conj", "appos"} and word.head.i in materiel
                                           or word.dep_ == "conj" and _counted(word.head)):
            word = word.head   # (a list of counted goods: `four ambulances, eighty radios and two drones`)
        elif word.dep_ == "pobj" and word.head.lower_ == "of" and _counts_share(word.head.head, light_nouns):
            word = word.head.head
        elif _listed_after_colon(word):
            word = word.head
        else:
            return word


def _counted(noun: Token) -> bool:
    """Whether a noun is counted (`eighty radios`): an item of a list of goods, not the event noun the parser may
    coordinate the list's last item with (`the handover of forty trucks and ten ambulances`)."""
    return any(c.dep_ == "nummod" for c in noun.children)


def _listed_after_colon(word: Token) -> bool:
    """Whether a word is an item of a list set after a colon in apposition to the noun that announces it (`The
    following items were received at the barracks: ten trucks, two ambulances`): the list's items are what that noun
    stands for in its clause; not the list a record opens with its event noun (`Donation: two patrol boats`)."""
    head = word.head
    return (word.dep_ == "appos" and head.dep_ != "ROOT" and head.i < word.i
            and any(t.text == ":" for t in word.doc[head.i + 1:word.i]))


DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "that", "those"})   # a noun taking up one named before
EVENT_PLACE_PREPS = frozenset({"at", "in"})   # the place of an event: `took receipt at the port of`
PHRASAL_PARTICLES = frozenset({"over"})   # a delivery verb's particle: `hand over`, `turn over`


def _materiel_events(goods: Token) -> list[Token]:
    """The words that may say what happens to the materiel: the verb it is the subject or object of (with a verb
    coordinated to it that has no subject of its own: `six vehicles ... were formally transferred`), the noun it is
    the `of` of (`the handing over of twelve carriers`), and the participles and clauses that describe it
    (`acquired for`, `the jets that arrived from`)."""
    events = [c for c in goods.children if c.dep_ in {"acl", "relcl"}] + _stray_participles(goods)
    if goods.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        verb = goods.head
        events += [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERB_POS
                            and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
    elif goods.dep_ == "pobj" and goods.head.lower_ == "of":
        events.append(goods.head.head)
        place = goods.head.head   # "took receipt at N'Djili airport of a batch of drones": the parser hangs the
        if place.dep_ == "pobj" and place.head.lower_ in EVENT_PLACE_PREPS:  # `of` on the place between the event
            anchor = place.head.head   # and the goods; the place hangs on the event noun or on its verb
            events += [anchor, *(c for c in anchor.children if c.dep_ == "dobj" and c.pos_ in NOUN_POS)]
        elif place.pos_ in VERB_POS:   # "crews took possession of the first six helicopters": the parser hangs the
            events += [c for c in place.children if c.dep_ == "dobj" and c.pos_ in NOUN_POS]   # `of` on the verb
    elif _after_particle(goods):   # "handing over rolling stock": the phrasal verb's particle read as a preposition
        events.append(goods.head.head)
    elif _record_entry(goods):   # "Donation: two patrol boats, from ... to ...": a record names its event first
        events.append(goods.head)
    elif goods.dep_ == "conj" and goods.head.pos_ in NOUN_POS:  # "the handover of forty trucks and ten ambulances":
        events.append(goods.head)  # the parser coordinates the last item with the event noun
    elif goods.dep_ == "pobj" and goods.head.lower_ == "for":  # "signed the acceptance certificate for the ship":
        holder = goods.head.head  # the event word modifies the paper the `for` hangs on, or the verb's object
        papers = [holder] if holder.pos_ in NOUN_POS else [c for c in holder.children if c.dep_ == "dobj"]
        events += [c for paper in papers for c in paper.children if c.dep_ in {"compound", "amod"}]
    return events


def _record_entry(goods: Token) -> bool:
    """Whether the materiel is the entry of a verbless record that names its event first (`Donation: four patrol
    boats and spares, from the Government of A to the Navy of B`, the list set in apposition to the event noun that
    opens the sentence): the event's parties are named in the list's own phrases."""
    return goods.dep_ == "appos" and goods.head.pos_ in NOUN_POS and goods.head.dep_ == "ROOT"


def _after_particle(goods: Token) -> bool:
    """Whether the materiel is the object of a phrasal verb whose particle the parser reads as a preposition
    (`handing over rolling stock ... to the Defence Forces`, the gerund often tagged a noun); the verb's `to` then
    hangs on the materiel. Its head must still be a delivery word (`event_words`)."""
    return (goods.dep_ == "pobj" and goods.head.lower_ in PHRASAL_PARTICLES
            and goods.head.i == goods.head.head.i + 1)   # (not "took control over the weapons")


def _stray_participles(goods: Token) -> list[Token]:
    """A past participle right after the materiel's phrase that the parser hangs on the clause's verb instead
    (`to facilitate the discharge of military vehicles consigned to the Defence Forces`): it describes the
    materiel."""
    after = goods.doc[goods.right_edge.i + 1] if goods.right_edge.i + 1 < len(goods.doc) else None
    if after is None or after.dep_ != "advcl" or after.tag_ != "VBN" or after.head not in goods.ancestors:
        return []   # (hung on the verb over the materiel's phrase or on one above it)
    return [] if any(g.dep_ in {"nsubj", "nsubjpass"} for g in after.children) else [after]


def _receiving_service(article: _Article, event: Token, goods: Token, words: dict) -> tuple[Token | None, bool]:
    """The service that receives, and whether it is the subject of the verb over the event: the object of a recipient
    preposition on the event, on a participle describing the materiel or on the noun phrase above a noun event (`the
    ceremony of handing over ... acquired for the units`); a service's base, or a service itself, as the place of
    receipt after `at` on those or on the materiel (`landed at Nevatim Air Base`, `receiving the aircraft at Wing 1`,
    `the receipt of helicopters at the air base`; not for craft a state's name owns, which that state moves); the
    object of a joining verb over the materiel or of the event's purpose (`the frigate joins the Eastern Fleet`,
    `the jets arrived to join Fighter Wing Skrydstrup`); or the subject of a receiving
    verb, or of the verb over a receipt noun or over the paper it names (`soldiers of the 12th Division took over`,
    `the Coast Guard took charge of`, `the Chief of Navy signed the acceptance certificate for`), a service or one
    named by its members, checked first: the receiver acts, it gives nothing."""
    holders = [event, *(c for noun in _listed_with(goods, event) for c in noun.children if c.dep_ == "acl")]
    record = _record_entry(goods) and goods.head == event
    if record:   # "Donation: ..., from the Government of A to the Coast Guard of B": the record's phrases name the
        holders += [t for t in event.subtree if t.dep_ == "prep"]  # parties, wherever the parser hangs the list
    above = event
    while above.pos_ in NOUN_POS and above.dep_ == "pobj" and above.head.dep_ == "prep":
        above = above.head.head   # "the ceremony of handing over": the phrase the event is part of
        holders += [above, *(c for c in above.children if c.dep_ == "acl")]
    if event.pos_ in VERB_POS and lemma_forms(event) & words["receiving_verbs"]:
        subject = next((c for c in event.children if c.dep_ == "nsubj"), None)
        # (also one of several subjects: "the Minister of Defence and the Chief of Defence Force received")
        service = next((found for party in ((subject, *subject.conjuncts) if subject is not None else ())
                        if (found := _service_named_by(article, party, words)) is not None), None)
        if service is not None:
            return service, True  # "soldiers of the 12th Division took over 24 vehicles at the garrison"
    paper = event.head if event.dep_ in {"compound", "amod"} else event
    if event.pos_ in NOUN_POS and event.lemma_.lower() in words["receipt_nouns"] and paper.dep_ == "dobj":
        subject = next((c for c in paper.head.children if c.dep_ == "nsubj"), None)
        service = _service_named_by(article, subject, words) if subject is not None else None
        if service is not None:
            return service, True
    owned = any(article.cast.code_at(m) for m in goods.lefts if m.dep_ in MODIFIER_DEPS for m in m.subtree)
    for holder in (*holders, goods):
        for prep in holder.children:
            if prep.dep_ not in {"prep", "dative"}:
                continue
            for party in (c for c in prep.children if c.dep_ == "pobj"):
                if (prep.lower_ in words["recipient_preps"]
                        and (holder is not goods or record or _after_particle(goods))
                        and _is_service(article, party, words)):
                    return party, False
                if (prep.lower_ in words["base_preps"] and not owned
                        and (_is_service_base(party, words) or _is_service(article, party, words))):
                    return party, False  # (not "Russian fighter jets landed at an air base in Belarus": its own
                    # jets moved)
    in_service = any(article.classes.get(m.i, set()) & words["service_classes"]
                     for m in goods.lefts if m.dep_ in MODIFIER_DEPS for m in m.subtree)
    joiners = [event, *(c for c in event.children if c.dep_ in {"advcl", "xcomp"})]  # "arrived ... to join"
    for joiner in (j for j in joiners if lemma(j) in words["joining_verbs"] and not (owned or in_service)):
        # (not "the Hellenic Navy frigate joined the Sixth Fleet": a service's own craft moves between fleets)
        joined = next((c for c in joiner.children if c.dep_ == "dobj"), None)
        if joined is not None and _is_service(article, joined, words):
            return joined, False
    given = _received_from_service(article, event, words)
    if given is not None:
        return given
    buyer = _state_buyer(article, goods, words)
    if buyer is not None:
        return buyer, False
    return None, False


def _state_buyer(article: _Article, goods: Token, words: dict) -> Token | None:
    """The state that ordered or bought the materiel, named as the `by` of a `buying_participles` participle on it
    or on what it counts (`the first of two ships ordered by the Department of National Defense of the Philippines`):
    a maker or a port tells a delivery from the seller's side or its own, and names the receiving state only so. A
    firm's order (`jets ordered by Vietnam Airlines`) names no state; a platform needs a military word beside it."""
    nouns = [goods, *_prep_objects(goods, "of")]
    buyers = [party for noun in nouns for participle in noun.children
              if participle.dep_ == "acl" and lemma(participle) in words["buying_participles"]
              for agent in participle.children if agent.dep_ == "agent"
              for party in agent.children if party.dep_ == "pobj"]
    buyer = next((party for party in buyers if article.code_of(party)
                  and "businesses" not in article.classes.get(party.i, ())), None)
    if buyer is None:
        return None
    armed = any("weapons" in article.classes.get(noun.i, ()) for noun in nouns)
    return buyer if armed or article.sentence_words(article.sentence(goods), "military") else None


def _received_from_service(article: _Article, event: Token, words: dict) -> tuple[Token, bool] | None:
    """The receiver of materiel a receiving verb takes `from` a state's armed service (`the following items were
    received by the Training Centre from the Czech Armed Forces`, `the college received two trucks from the US
    Army`): what another state's forces give is materiel given between states, whoever the receiving body is. The
    receiver is the passive verb's agent or the active verb's subject (then the subject receives)."""
    received = [event, *(c for c in event.children if c.dep_ == "dobj")]  # ("received the following from")
    if event.pos_ not in VERB_POS or not lemma_forms(event) & words["receiving_verbs"] or not any(
            _is_service(article, p, words) and _service_state(article, p)
            for holder in received for p in _prep_objects(holder, "from")):
        return None
    agent = _passive_agent(event)
    if agent is not None:
        return agent, False
    subject = next((c for c in event.children if c.dep_ == "nsubj"), None)
    return (subject, True) if subject is not None else None


def _service_named_by(article: _Article, party: Token, words: dict) -> Token | None:
    """The service a party is, or whose members or commanders it names by their `of` or by a modifier (`the Coast
    Guard`, `the Chief of Navy`, `soldiers of the 12th Division`, `Moroccan air force crews`): they act for their
    service."""
    if _is_service(article, party, words):
        return party
    if party.lemma_.lower() not in words["service_members"]:
        return None
    named = _prep_objects(party, "of") + [c for c in party.children if c.dep_ == "compound"]
    return next((o for o in named if _is_service(article, o, words)), None)


def _listed_with(goods: Token, event: Token) -> list[Token]:
    """The items of the list the materiel heads, also one the parser coordinates with the event noun (`the handover
    of forty trucks and ten ambulances acquired for`): a participle after the list describes all of it."""
    return [goods, *goods.conjuncts, *(c for c in event.conjuncts if c.pos_ in NOUN_POS)]


def _is_service(article: _Article, party: Token, words: dict) -> bool:
    """An armed service or security force: a word of its classes, a capitalised force name (`the Vanuatu Mobile
    Force`), also with its base after it (`Fighter Wing Skrydstrup`), or units a military modifier or a service's
    name describes (`the operational units`, `the Police Force Maritime Unit`)."""
    if article.classes.get(party.i, set()) & words["service_classes"] or _named_force(party, words):
        return True
    compounds = [c for c in party.children if c.dep_ == "compound"]
    if party.pos_ == "PROPN" and party.dep_ != "compound" and any(_named_force(c, words) for c in compounds):
        return True  # "Fighter Wing Skrydstrup": the force's name with its base after it (not a name's inner word:
        # "the Air India Fleet Services unit")
    return party.lemma_.lower() in words["unit_heads"] and (
        any(c.lower_ in words["unit_modifiers"] for c in party.children if c.dep_ in MODIFIER_DEPS)
        or any(_is_service(article, c, words) for c in compounds))  # "the Police Force Maritime Unit"


def _named_force(word: Token, words: dict) -> bool:
    """A capitalised force word, the head of a service's own name (`the Vanuatu Mobile Force`, `Air Wing`)."""
    return word.lemma_.lower() in words["named_force_heads"] and word.text[:1].isupper()


def _is_service_base(place: Token, words: dict) -> bool:
    """A base of an armed service, by a word of its name: a base word with a military word (`Nevatim Air Base`, `the
    naval base in Mombasa`), a place word that is military by itself (`the garrison in Szczecin`, `the Metinaro
    barracks`), or a capitalised base word with an acronym, the service's own short name (`RAAF Base Tindal`)."""
    name = [place, *(c for c in place.children if c.dep_ == "compound")]
    acronym = any(c.text.isupper() and c.text.isalpha() and 2 <= len(c.text) <= 6
                  for word in name for c in word.children if c.dep_ in MODIFIER_DEPS)
    for word in name:
        lower = word.lemma_.lower()
        modifiers = [c for c in word.children if c.dep_ in MODIFIER_DEPS]
        if (lower in words["own_base_heads"]
                or lower in words["base_heads"] and any(c.lower_ in words["base_modifiers"] for c in modifiers)
                or lower in words["acronym_base_heads"] and word.text[:1].isupper() and acronym):
            return True
    return False


def _entry_refused(article: _Article, verb: Token) -> tuple[str | None, str | None]:
    """(source, target) of an entry forbidden (`Russian citizens may not enter Latvia`): the state entered refuses
    it (its object, or the `into`, `through` or `to` of the verb and of the verbs joined to it), to the one who would
    enter."""
    verbs = [verb, *verb.conjuncts]
    objects = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    places = objects + [p for v in verbs for p in _prep_objects(v, "into", "through", "to")] + [
        p for v in verbs for p in _prep_objects(v, "in") if not objects] + [   # (not "enter the competition in Paris")
        p for o in objects for p in _place_names(o, article.lex.notices)[1:]]
    subject = _entrant(verb, article.lex.notices)
    return (next((code for p in places if (code := article.code_of(p))), None),
            _entrant_code(article, subject) if subject is not None else None)


def _place_names(place: Token, notices: dict) -> list[Token]:
    """A place entered and, for a part of a state (`state_places`: `ports in Norway`, `the territory of Latvia`,
    `Turkish ports`), the words that name its state."""
    if place.lemma_.lower() not in notices["state_places"]:
        return [place]
    return [place, *_prep_objects(place, "in", "of"), *(m for m in place.children if m.dep_ in {"amod", "compound"})]


def _entrant(verb: Token, notices: dict) -> Token | None:
    """Who would enter: the entry verb's subject, or the passive subject of the permission it completes, denied
    (`holders of these passports shall not be permitted to enter`)."""
    if _denied_permission(verb, notices):
        return next((c for c in verb.head.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _entrant_code(article: _Article, party: Token) -> str | None:
    """The state of those refused entry: their own name, or the state their phrase ties them to, through its `of`
    and the participles that describe it (`holders of passports issued by Israel`)."""
    found = _party_in_phrase([party], article.code_of, article.lex.notices["party_participles"])
    return article.code_of(found) if found is not None else None


def _party_in_phrase(parties: list[Token], test, party_participles: dict[str, list[str]]) -> Token | None:
    """The first word that passes `test` among the parties and, a few steps down, the nouns their phrases describe
    them by (`_described_parties`: `holders of passports issued by Israel`, `funds held by these persons`)."""
    for _ in range(3):   # a few steps, each a few children
        found = next((p for p in parties if test(p)), None)
        if found is not None:
            return found
        parties = [t for p in parties for t in _described_parties(p, party_participles)]
    return None


def _denied_permission(verb: Token, notices: dict) -> bool:
    """Whether a verb completes a permission denied (notices.json `permission_verbs`, negated in the passive:
    `shall not be permitted to enter`, `are not allowed to export`): a prohibition of the act."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() in notices["permission_verbs"]
            and _has_dep(head, "auxpass") and any(c.dep_ == "neg" for a in (head, *head.children)
                                                   if a is head or a.dep_ == "advmod" for c in a.children))
    # (the negation on the verb, or on its adverb: `are no longer permitted`)


ENTRY_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "oprd", "xcomp"})   # where an entry stands to its denial
ENTRY_PREPS = ("to", "into", "of", "in", "through")   # the state an entry is to: `landing in Armenia`


def _entry_denials(article: _Article) -> list[Token]:
    """Entry into a state denied, whatever the kind of entry (notices.json `denial_verbs` over an `entry_nouns` word:
    `are denied access to Turkish ports`, `will be refused overflight of the territory of Moldova`), where the
    entry's `to`, `into`, `of`, `in` or `through` names the state or a part of it (not `denied access to the
    hearing`), or its `to` (or its verb's) the designated parties refused (`refused port access to 12 tankers listed in the
    annex`)."""
    notices = article.lex.notices
    return [verb for verb in (article.doc[i] for i in article.verbs_named(notices["denial_verbs"]))
            if any(article.code_of(name) for noun in verb.children if _names_entry(noun, notices)
                   for place in _entered_places(verb, noun, notices)
                   for name in _place_names(place, notices))
            or any(_is_designated_party(article, party) for noun in verb.children if _names_entry(noun, notices)
                   for party in (*_prep_objects(noun, "to"), *_prep_objects(verb, "to")))]


def _charge_relieved(trigger: Token) -> bool:
    """Whether a measure word only takes a charge away (classes.json `relieving_acts` over a `charges` word: `import
    duty on electric vehicles is suspended`, `waived the port fees`, `the suspension of customs duties`): a relief
    for those who pay it, not a sanction (duties imposed on a state's goods stay one: `impose` relieves nothing)."""
    roles = lexicon().roles
    if trigger.lemma_.lower() not in roles["relieving_acts"]:
        return False
    charged = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}] + _prep_objects(trigger, "of")
    return any(c.lemma_.lower() in roles["charges"] or c.lower_ in roles["charges"] for c in charged)


def _entry_to_site(article: _Article, trigger: Token) -> bool:
    """Whether an entry refused is into a site that names no state (`vessels are refused entry to the channel during
    dredging`, `spectators were denied entry to the ground`): access to a place is controlled, no measure is taken
    against anyone. The entry's (or its verb's) `to`/`into` names the site; one that names a state or a party, or is
    a part of a state (notices.json `state_places`: `ports`, `territory`), keeps the measure."""
    notices = article.lex.notices
    entries = [c for c in trigger.children if _names_entry(c, notices)]
    entries += [trigger] if trigger.lemma_.lower() in notices["entry_nouns"] else []
    places = [p for e in (*entries, trigger) for p in _prep_objects(e, "to", "into")]
    return bool(entries and places) and not any(
        p.lemma_.lower() in notices["state_places"] or _is_designated_party(article, p)
        or any(article.code_of(t) for t in p.subtree) for p in places)


def _names_entry(word: Token, notices: dict) -> bool:
    """Whether a word a denial or measure governs is the entry it denies: an `entry_nouns` word or an `entry_verbs`
    gerund, also where the parser reads it as the verb's complement (`will be refused landing in Armenia`), or a right
    or permission to enter (`entry_grants` with an `entry_verbs` infinitive: `are denied the right to land`)."""
    return word.dep_ in ENTRY_DEPS and (word.lemma_.lower() in notices["entry_nouns"]
                                        or word.tag_ == "VBG" and word.lemma_.lower() in notices["entry_verbs"]
                                        or _entry_granted(word, notices) is not None)


def _entry_granted(word: Token, notices: dict) -> Token | None:
    """The entry verb a right or permission is to (`the right to land in, take off from or overfly`, `permission to
    enter or cross the airspace`): a grant of entry withheld is entry denied."""
    if word.lemma_.lower() not in notices["entry_grants"]:
        return None
    return next((c for c in word.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in notices["entry_verbs"]
                 and any(a.tag_ == "TO" for a in c.children)), None)


def _entered_places(verb: Token, entry: Token, notices: dict) -> list[Token]:
    """The places an entry denied is into: its own `to`/`into`/`of`/`in`/`through`, or for a right to enter what the
    rest of the denial's clause names (`the right to land in, take off from or overfly Danish territory`: the parser
    hangs the last place anywhere in the list of verbs)."""
    if entry is verb or _entry_granted(entry, notices) is None:
        return _prep_objects(entry, *ENTRY_PREPS)
    return [t for t in verb.subtree if t.i > entry.i and t.dep_ in {"pobj", "dobj"}]


def _prohibited_acts(article: _Article) -> list[Token]:
    """The acts of trade or dealing a text states as forbidden: negated under a permission or obligation modal
    (`may not be exported`, `must not be supplied`), completing a permission denied (`shall not be permitted to
    enter`), or done by the subject of an offence (`Any person who deals with the property of ... commits an
    offence`). Found among the verbs named by notices.json `prohibited_acts`, and
    `entry_verbs`: entry forbidden to the parties who would enter (`the persons named below may not enter`)."""
    notices = article.lex.notices
    forbidden = []
    for verb in (article.doc[i] for i in article.verbs_named(notices["prohibited_acts"] | notices["entry_verbs"])):
        children = list(verb.children)
        negated_modal = (_negated(verb)
                         and any(c.dep_ == "aux" and c.lower_ in notices["prohibition_modals"] for c in children))
        offence = verb.dep_ == "relcl" and verb.head.dep_ == "nsubj" and _commits_offence(verb.head.head, notices)
        if negated_modal or offence or _denied_permission(verb, notices):
            forbidden.append(verb)
    return forbidden


def _withheld_grants(article: _Article) -> list[Token]:
    """The grants a notice withholds (notices.json `granting_verbs` negated, `refusing_verbs`, over a `grant_nouns`
    word: `no authorisation shall be granted for exports to the listed entities`, `applications for licences to export
    to Syria will be refused`) where the refused grant names a state or a designated party: the refusal is the measure.
    Read in a notice, and elsewhere only where a state or an official body withholds a grant for trade (the verb's
    subject, or the subject of the verb it completes: `the Commission decided to refuse a licence to a company seeking
    to export motors to Kyrgyzstan`, `Germany refused export licences for tanks to Saudi Arabia`): an export control
    reported; a newspaper's `the ministry refused the permit` reports a case."""
    notices = article.lex.notices
    in_notice = article.speaks_for_issuer()
    granting, refusing = notices["granting_verbs"], notices["refusing_verbs"]
    withheld = []
    for verb in (article.doc[i] for i in article.verbs_named(granting | refusing)):
        grants = _grants_of(article, verb)
        if not grants:
            continue
        negated = _negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for g in grants for c in g.children)
        refused = bool(lemma_forms(verb) & refusing) and not negated
        if ((refused or negated and lemma_forms(verb) & granting) and _act_names_party(article, verb)
                and (in_notice or _grant_for_trade(article, verb) and _official_or_state(article, verb))):
            withheld.append(verb)
    return withheld


def _official_or_state(article: _Article, verb: Token) -> bool:
    """Whether a verb's subject (`article.subject`: also of the verb it completes) is an official body by name or a
    state (`the Commission decided to refuse`, `Germany refused`)."""
    subject = article.subject(verb)
    return article._official(subject) or bool(article.code_of(subject))


def _grants_of(article: _Article, verb: Token) -> list[Token]:
    """The grants a granting or refusing verb (notices.json `granting_verbs`, `refusing_verbs`) takes as its object or
    passive subject (`grant_nouns`: `refused a licence`, `no authorisation shall be granted`)."""
    notices = article.lex.notices
    if not lemma_forms(verb) & (notices["granting_verbs"] | notices["refusing_verbs"]):
        return []
    return [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in notices["grant_nouns"]]


def _grant_for_trade(article: _Article, verb: Token) -> bool:
    """Whether a grant's verb names an act of trade in its phrase (notices.json `trade_act_nouns`, `prohibited_acts`:
    `export licences`, `a licence to a company seeking to export motors`): a licence for trade, an export control."""
    trade = article.lex.notices["trade_act_nouns"] | article.lex.notices["prohibited_acts"]
    return any(t.lemma_.lower() in trade for c in verb.children if c.dep_ != "nsubj" for t in c.subtree)


def _refused_destination(article: _Article, verb: Token) -> str | None:
    """The state a withheld grant's trade goes to: the last country (not a body: `except for equipment intended for
    United Nations operations`) named after a `to`, `in`, `into` or `for` in the grant's phrase or in such a phrase of
    the verb, not in a clause or recital of reasons (`refused a licence to an Estonian company seeking to export
    motors to a consignee in Kyrgyzstan, having established a risk that ...`, `licences for the export of servo motors
    to end users in Iran were denied, in view of Iran's support to Russia's war`): an export control falls on the
    destination, not on the applicant's home."""
    preps = {"to", "in", "into", "for"}
    countries = {code for _, code in article.states_in(article.sentence(verb))}
    phrases = [*_grants_of(article, verb), *(c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps)]
    states = [code for c in phrases for t in c.subtree if t.dep_ == "pobj" and t.head.lower_ in preps
              and (code := article.code_of(t)) in countries and not _in_recital(article, t)]
    return states[-1] if states else None


def _act_names_party(article: _Article, verb: Token) -> bool:
    """Whether what a notice's act (a grant withheld, a clearance suspended) falls on names a state or a designated
    party (`for exports to the entities on the List`, `for goods destined for Iran`, `consignments declared for export
    to the seven companies in Annex B`), outside the verb's acting subject (the issuer is no party to it)."""
    return any(article.code_of(t) or _is_designated_party(article, t)
               for c in verb.children if c.dep_ != "nsubj" for t in c.subtree)


def _obliged_measures(article: _Article) -> list[Token]:
    """The measures a notice orders the parties it regulates to take, read from the obligation's structure rather
    than its wording: a notices.json `obliged_measures` verb under an `obligation_modals` auxiliary (`shall
    immobilise`), completing an `ordering_verbs` verb in the passive (`are hereby directed to freeze`, `are required
    to block`), or opening its sentence as an imperative (`Freeze all funds of`), or joined to one of these (`freeze
    and report`). Its object may be any, or lost to the parser (`freeze without delay all accounts`): the party it
    falls on is read as for any notice's measure."""
    notices = article.lex.notices
    return [verb for verb in (article.doc[i] for i in article.verbs_named(notices["obliged_measures"]))
            if _under_obligation(article, verb)]


def _under_obligation(article: _Article, verb: Token) -> bool:
    """Whether a verb (or the verb it is joined to) is what an obligation orders, not negated."""
    notices = article.lex.notices
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        verb = verb.head
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    if any(c.dep_ == "aux" and (c.lower_ in notices["obligation_modals"] or c.lower_ in notices["host_modals"]
                                and article.publisher and article.is_notice()) for c in children):
        return True   # `should` orders only in a notice its official host publishes: in news it advises
    head = verb.head
    if (verb.dep_ == "xcomp" and lemma_forms(head) & notices["ordering_verbs"]
            and any(c.dep_ == "auxpass" for c in head.children)):
        return True
    start = article.sentence(verb).start
    opening = all(verb.doc[i].pos_ in {"ADV", "PUNCT"} for i in range(start, verb.i))   # (an imperative opens it)
    return (verb.dep_ == "ROOT" and verb.tag_ == "VB" and opening
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in children))


def _state_obliged(article: _Article, verb: Token) -> bool:
    """Whether the one an obligation falls on is a state or organisation (`the EU must freeze their assets`,
    `Russia is required to suspend`): a demand made of it, not a notice's order to those it regulates."""
    while verb.dep_ in {"conj", "xcomp"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and bool(article.code_of(subject))


def _forbidden_trade(article: _Article) -> list[Token]:
    """Acts of trade a text states as forbidden by the structure of a prohibition, not by its wording: a
    `prohibited_acts` verb completing a `prohibiting_words` word (`it is prohibited to export`, `it is forbidden to
    make funds available`), or a `trade_act_nouns` noun that is a prohibiting verb's object or passive subject (`the
    export, re-export and transhipment of ... are prohibited`, `Regulations which prohibit the importation of`, also
    the nouns joined to it); an active prohibiting verb only where a legal act does it (`the ministry banned the sale
    of sugary drinks` is left to the frames, which know a rule at home). A prohibition negated (`is no longer
    prohibited`) forbids nothing, and a passive one that falls on no designated party (`the sale of bread above the
    regulated price is prohibited`) is a rule at home."""
    notices = article.lex.notices
    forbidden = []
    for word in (article.doc[i] for i in article.verbs_named(notices["prohibiting_words"])):
        if any(c.dep_ == "neg" for c in word.children) or word.dep_ == "amod":
            continue
        for child in word.children:
            if child.dep_ in {"xcomp", "ccomp", "advcl"} and _is_infinitive(child):  # (`it is prohibited to export`)
                forbidden += [v for v in (child, *child.conjuncts) if lemma_forms(v) & notices["prohibited_acts"]]
            elif child.dep_ == "dobj" and _legal_act_acts(article, word):   # the act's own measure
                forbidden += [n for n in (child, *child.conjuncts) if _trade_act(n, notices)]
            elif child.dep_ == "nsubjpass":
                forbidden += [n for n in (child, *child.conjuncts) if _trade_act(n, notices)
                              and _designated_party(article, n, prohibited=True) is not None]
    return forbidden + _trade_made_restricted(article)


def _trade_made_restricted(article: _Article) -> list[Token]:
    """Acts of trade whose policy a text changes to a restrictive status (`The export policy of drone components is
    amended from Free to Prohibited`, `Export of onions is moved to the Restricted category`): notices.json
    `status_change_verbs` over a `trade_act_nouns` noun (or a noun it names: `export policy`) as passive subject or
    object, with a `restrictive_statuses` word just after one of the verb's `to` words or its article (the parser
    hangs it anywhere). A change to `Free` lifts a prohibition."""
    notices = article.lex.notices
    acts = []
    for verb in (article.doc[i] for i in article.verbs_named(notices["status_change_verbs"])):
        after = [t for t in verb.subtree if t.i > verb.i and t.lower_ == "to" and t.i + 2 < len(article.doc)]
        statuses = [article.doc[t.i + 2] if article.doc[t.i + 1].pos_ == "DET" else article.doc[t.i + 1]
                    for t in after]   # "to Prohibited", "to the Restricted category"
        if any(c.dep_ == "neg" for c in verb.children) or not any(
                t.lower_ in notices["restrictive_statuses"] for t in statuses):
            continue
        for policy in (c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}):
            acts += [t for t in (policy, *policy.children) if _trade_act(t, notices)
                     and (t is policy or t.dep_ in {"compound", "nmod", "amod"})]
    return acts


def _trade_act(noun: Token, notices: dict) -> bool:
    return noun.lemma_.lower() in notices["trade_act_nouns"] or noun.lower_ in notices["trade_act_nouns"]


def _forbidden_outright(article: _Article, act: Token) -> bool:
    """Whether a text forbids an act in its own voice, as law (`it is prohibited to export`, `the export of ... is
    prohibited`): a rule in force, whoever wrote it, as an offence is."""
    act = _first_conjunct(act)
    return bool(lemma_forms(act.head) & article.lex.notices["prohibiting_words"]) and act.dep_ in {
        "xcomp", "ccomp", "advcl", "nsubjpass"} or act in _trade_made_restricted(article)


def _stated_as_law(article: _Article, act: Token) -> bool:
    """Whether a text states an act of trade as forbidden by law, in its own voice (`it is prohibited to export`, also
    a grant it withholds or a notice frame's act: `no export licence will be issued`, `Customs will suspend clearance
    of consignments`) or as what a legal act prohibits (`the Regulations,
    which prohibit the importation of`): on an official host, the law of the host's state, whatever else the text is
    (a customs notice that advises importers of it)."""
    if act.i in article.own_voice_acts:
        return True   # "no export licence will be issued for", "Customs will suspend clearance of": the host's act
    act = _first_conjunct(act)
    return _forbidden_outright(article, act) or _subject_in_present(act) or (
        act.dep_ == "dobj" and bool(lemma_forms(act.head) & article.lex.notices["prohibiting_words"])
        and _legal_act_acts(article, act.head))


def _subject_in_present(act: Token) -> bool:
    """Whether a measure is told as the present state its parties are in (`the entities listed below are subject to
    the freezing of their funds`, `such goods shall be liable to confiscation`; classes.json `subjection_words`):
    a text that states it so, not as news of a past act (`were subjected to`), states the law in force."""
    prep = act.head
    word = prep.head
    if act.dep_ != "pobj" or prep.lower_ != "to" or word.lower_ not in lexicon().roles["subjection_words"]:
        return False
    verb = word.head if word.dep_ in {"acomp", "amod", "attr"} else word
    return verb.tag_ in PRESENT_TAGS or any(c.dep_ == "aux" and c.lower_ in {"shall", "will"} for c in verb.children)


def _law_topic(article: _Article, act: Token) -> str | None:
    """The state a legal act that takes a measure is about, by its title (`the Special Economic Measures (Belarus)
    Regulations, which prohibit the importation of`): the target of the measure, where its sentence names none."""
    act = _first_conjunct(act)
    verb = act.head
    if act.dep_ != "dobj" or not _legal_act_acts(article, verb):
        return None
    law = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ == "nsubj"), verb)
    return next((article.cast.code_at(c) for c in law.children if article.law_about_state(law, c)), None)


def _legal_act_acts(article: _Article, verb: Token) -> bool:
    """Whether a verb's subject is a legal act, or the relative clause it heads describes one (`the Regulations,
    which prohibit`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and (article._is_legal_act(subject) or subject.lower_.rstrip("s") in
                                    article.lex.notices["legal_acts"])   # (`Regulations` the parser leaves plural)


def _commits_offence(verb: Token, notices: dict) -> bool:
    """Whether a verb says its subject commits an offence (`commits an offence`, `is guilty of an offence`)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    objects += [g for c in verb.children if c.dep_ in {"acomp", "prep"} for p in [c, *c.children]
                for g in p.children if g.dep_ == "pobj"]
    return verb.lemma_.lower() in notices["offence_verbs"] and any(
        o.lemma_.lower() in notices["offence_nouns"] for o in objects)


def _is_money(article: _Article, word: Token) -> bool:
    """Whether a word is a sum of money: written with a currency sign (`$3 billion`) or a currency's name."""
    return word.i in article.sum_roots or (
        word.lemma_.lower() in article.lex.roles["currencies"] or word.lower_ in article.lex.roles["currencies"])


def _owned_where_needed(head: Token, word: Token, frame: Frame) -> bool:
    """A head that names the act only on the actor's own class word (`own_heads`: `returned its envoy to Tehran`)
    needs a possessive pronoun on the word; `sent the Russian diplomats back` is no envoy returned."""
    forms = lemma_forms(head)
    if not forms & frame.own_heads or forms & (frame.heads - frame.own_heads):
        return True
    return any(c.tag_ == "PRP$" for c in word.children)


def _forces_leave(article: _Article, head: Token) -> bool:
    """Whether the one who withdraws is a force (`troops`, `peacekeepers`), as subject of the head or of the verb
    over the head noun: forces leave places, not organisations, whatever the entity tagger calls the place."""
    verb = head if head.pos_ in VERB_POS else head.head
    subject = article.subject(verb) if verb.pos_ in VERB_POS else None
    return subject is not None and bool(article.classes.get(subject.i, set()) & {"forces", "peacekeepers"})


def _measures_other_noun(article: _Article, word: Token) -> bool:
    """Whether a sum of money is the `of` of a noun it only measures (`a defence budget of 7.95 trillion yen`, `a
    deficit of $2 billion`): not of a word of giving, of relief or of a light noun (`a package of $50 million`)."""
    if (not _is_money(article, word) or word.dep_ != "pobj" or word.head.lower_ != "of"
            or word.head.head.pos_ not in NOUN_POS):
        return False
    owner = word.head.head
    return not (owner.lemma_.lower() in article.light_nouns or MONEY_CLASS in article.classes.get(owner.i, ())
                or any(lemma_forms(owner) & frame.heads for frame in article.lex.frames
                       if frame.objects == MONEY_CLASS))


def _carries_cargo(article: _Article, word: Token) -> bool:
    """Whether a class word names the vehicle that brings a cargo, which is what is sent: the word describing the
    vehicle noun (`military transport planes loaded with tents`, `U.S. military cargo planes carrying body armour`),
    the vehicle sent (`sent two military aircraft carrying medical supplies`), or one that arrives with relief
    (`three military aircraft landed in Agadez with tents and food`) or carrying its load (`two military planes
    carrying weapons landed`)."""
    cargo_verbs = article.lex.roles["cargo_verbs"]
    if word.dep_ in {"amod", "compound"}:
        vehicle = word.head
        while vehicle.dep_ == "compound" and vehicle.head.i != vehicle.i:  # "military cargo planes"
            vehicle = vehicle.head
        # the vehicle's own clause carries it too: "a military cargo plane landed in Tripoli carrying tents"
        clause = [c for c in vehicle.head.children if c.dep_ == "advcl"] if vehicle.dep_ == "nsubj" else []
        # (a compound names the vehicle only with a verb that loads it: "cooperation programmes with" carry nothing)
        return any(c.dep_ in {"acl", "advcl"} and lemma_forms(c) & cargo_verbs
                   or c.dep_ == "prep" and c.lower_ == "with" and word.dep_ == "amod"
                   for c in (*vehicle.children, *clause))
    if word.dep_ not in {"dobj", "nsubj"}:
        return False
    if any(c.dep_ == "acl" and lemma_forms(c) & cargo_verbs for c in word.children):
        return True  # "sent two military aircraft carrying medical supplies", "military planes carrying weapons landed"
    return word.dep_ == "nsubj" and any("relief" in article.classes.get(p.i, ())
                                        for load in _prep_objects(word.head, "with") for p in (load, *load.conjuncts))


def _economic_quantity_described(article: _Article, span: Span, given: bool = False) -> Token | None:
    """The economic quantity (classes.json `economic_quantities`: rates, costs, prices, wages, output, budgets,
    stakes, shares, forecasts) a class word only describes, if any: one it modifies, up through compounds, modifiers
    and `of` (`freight rates`, `lending growth`, `the price of imports`, `import and export prices`), or one of its
    own (`a purchase of shares`, `bond purchases`). Cutting, freezing or blocking a quantity is business or economic
    policy, not a measure against a state, whoever acts; a longer phrase of the class (`asset purchases`) outranks
    the class word as any longer match does. Relief a donor gives (`given`) has no quantity of its own: its
    compound names what it is for (`a budget loan`, `budget support`), not what it buys."""
    def quantity(token: Token) -> bool:
        return token.pos_ in NOUN_POS and "economic_quantities" in article.classes.get(token.i, ())
    word = holder = span.root
    for _ in range(3):
        if holder.dep_ == "conj" and holder.head.dep_ in MODIFIER_DEPS:
            holder = holder.head  # "import and export prices"
        if holder.dep_ in MODIFIER_DEPS:
            holder = holder.head
        elif holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.i != holder.head.i:
            holder = holder.head.head
        else:
            break
        if quantity(holder):
            return holder
    if given:
        return None
    own = [c for c in word.children if c.dep_ == "compound" and not span.start <= c.i < span.end]
    return next((c for c in own + _prep_objects(word, "of") if quantity(c)), None)


def _states_quantity(article: _Article, head: Token, quantity: Token) -> bool:
    """Whether the quantity falls on a state: the head's indirect object (`deny Russia export revenues`, which the
    parser may read as a compound name), or what the quantity is levied on or from (`import duties on Chinese
    steel`); not a state's name that only owns it (`cut Israel's credit rating`)."""
    return (any(c.dep_ == "dative" and article.code_of(c) for c in head.children)
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" and article.cast.code_at(c) for c in quantity.children)
            or any(article.code_of(p) for p in _prep_objects(quantity, "on", "from", "against")))


def _supplied_to(article: _Article, recipient: Token, frame: Frame) -> tuple[Token | None, Token | None, Token]:
    """The head of a `recipients` frame whose `to` (a `recipient_preps` word) the recipient word is the object of
    (`handed over an aircraft to the Sri Lanka Air Force`, `corvettes commissioned into the Navy`), what it delivers
    (the verb's object or the noun's `of`, unless that is no thing: `handed over power to the army`, the frame's
    `not_sent`; a passive verb's subject; after a `materiel_preps` word only materiel: `vessels built for the Navy`,
    not `cadets commissioned into the Army`) and the recipient's head word (`the National Coast Guard Service`). `to`
    may hang on what is delivered or on a participle (`deliveries of fuel and anti-drone systems to`, `boats valued at
    $4m to`, `vessels built for the Navy were delivered`). An `entry_verbs` verb has what enters as its subject, and
    may take the service's holding as its object (`the frigate entered service with the Navy`)."""
    while recipient.dep_ == "compound" and recipient.head.i != recipient.i and recipient.head.is_title:
        recipient = recipient.head  # "the National Coast Guard Service", not "the Air Force open day"
    holder = _holder(recipient, frame)
    if holder.i != recipient.i and holder.dep_ == "dobj" and lemma_forms(holder.head) & frame.entry_verbs:
        goods = next((c for c in holder.head.children if c.dep_ == "nsubj"), None)
        if goods is not None and _materiel(article, goods, frame.received_objects):
            return holder.head, goods, recipient
        return None, None, recipient
    if holder.dep_ == "dobj" and frame.goods_preps and lemma_forms(holder.head) & frame.heads:
        # "provided the Philippine Air Force with three training aircraft": the service is given the materiel
        goods = next(iter(_prep_objects(holder.head, *frame.goods_preps)), None)
        if goods is not None and _materiel(article, goods, frame.received_objects):
            return holder.head, goods, recipient
        return None, None, recipient
    merged = holder.head   # "assigned to the National Gendarmerie forty armoured vehicles", parsed as one phrase
    if holder.dep_ in {"nmod", "compound"} and _recipient_before_goods(merged) and (
            merged.head.lower_ in frame.recipient_preps and merged.lemma_.lower() not in frame.not_sent):
        verb = merged.head.head
        given = lemma_forms(verb) & frame.heads and (merged.head.lower_ not in frame.materiel_preps
                                                    or _materiel(article, merged, frame.received_objects))
        return (verb, merged, recipient) if given else (None, None, recipient)
    to = holder.head
    if holder.dep_ != "pobj" or to.lower_ not in frame.recipient_preps:
        return None, None, recipient
    token = to.head
    for _ in range(6):
        for head in (token, *(c for c in token.children if c.dep_ == "dobj")):
            forms = lemma_forms(head)
            if _giving_participle(head):   # "a patrol craft was gifted to the Coast Guard": the copula's subject
                goods = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                if goods is not None and forms & frame.heads and goods.lemma_.lower() not in frame.not_sent:
                    return head, goods, recipient
            heads = frame.heads | frame.entry_verbs if head.pos_ in VERB_POS else frame.heads - frame.verb_heads
            if not forms & heads:
                continue
            # a passive verb's subject is what it delivers (`a patrol craft was handed over to the Coast Guard`)
            roles = {"nsubj"} if forms & frame.entry_verbs else {"dobj", "nsubjpass"}
            goods = (next((c for c in head.children if c.dep_ in roles), None) if head.pos_ in VERB_POS else
                     next(iter(_prep_objects(head, "of")), None))
            if goods is None and head.pos_ in VERB_POS:  # "aircraft purchased for the Air Force landed"
                goods = (_described_materiel(article, head, frame, to.lower_ in frame.materiel_preps)
                         or _shared_passive_subject(head) or _goods_after_free_of_charge(head))
            if goods is not None and goods.lemma_.lower() not in frame.not_sent and not _held(article, goods) and (
                    to.lower_ not in frame.materiel_preps or _materiel(article, goods, frame.received_objects)):
                return head, goods, recipient
            return None, None, recipient
        if token.pos_ in VERB_POS and token.dep_ not in {"acl", "advcl", "ccomp"} or token.head.i == token.i:
            return None, None, recipient  # a participle (`valued at`) hangs on what is delivered or on the act
        token = token.head
    return None, None, recipient


def _goods_after_free_of_charge(verb: Token) -> Token | None:
    """The goods a giving verb with no object hands over after `free of charge` (classes.json `free_adverbs`,
    `cost_nouns`: `will transfer free of charge engineering vehicles and radios to the Armed Forces`): the parser hangs
    them on the adverb's `of`, the cost noun read as their modifier."""
    roles, doc = lexicon().roles, verb.doc
    for adverb in (c for c in verb.children if c.lower_ in roles["free_adverbs"]):  # (an adverb, a clause, an object)
        for goods in _prep_objects(adverb, "of"):
            if goods.i > adverb.i + 2 and doc[adverb.i + 2].lower_ in roles["cost_nouns"]:
                return goods  # (the word right after `free of` is the cost; the goods' name follows it)
    return None


def _held(article: _Article, person: Token) -> bool:
    """Whether a word names people held (`detainees`: `prisoners`, `fishermen held for poaching`, `them` for those):
    whom a handover returns, not goods a party delivers."""
    return "detainees" in article.classes.get(person.i, ())


def _shared_passive_subject(verb: Token) -> Token | None:
    """The passive subject a conjoined verb shares with the verb before it (`tanks were accepted into service and
    handed over to the Land Forces`): what the first verb is done to, the second is too."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def _described_materiel(article: _Article, participle: Token, frame: Frame, materiel_only: bool = True
                        ) -> Token | None:
    """The materiel a participle of sending or buying with no object describes (`two aircraft purchased for the Air
    Force arrived`), also where the parser reads the participle as the clause's verb (`the first of three aircraft
    acquired for the Air Force landed`: a subject and no object); only materiel, so a buyer stays no thing sent,
    except after a giving `to` (`a batch of materials gifted by China to the Defence Forces`), where whatever is
    handed to a service is its kit."""
    if participle.dep_ == "acl":
        goods = participle.head
    elif not any(c.dep_ in {"dobj", "nsubjpass"} for c in participle.children):
        goods = next((c for c in participle.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if goods is None or not materiel_only and participle.dep_ == "acl":
        return goods
    return goods if _materiel(article, goods, frame.received_objects) else None


def _holder(recipient: Token, frame: Frame) -> Token:
    """The noun that carries a service word in the clause: the word itself, or the noun it is the `of` of (a unit of
    the service: `to the Naval Command of the Cyprus National Guard`), or a holding of the service (`holders`) that
    names it by `with` or as its owner (`into service with the Defence Force`, `into the Air Force's inventory`), also
    where the parser hangs the `with` on the verb (`entered service with the Air Force`)."""
    head = recipient.head
    if (recipient.dep_ == "pobj" and head.head.pos_ in NOUN_POS and head.head.i != head.head.head.i
            and (head.lower_ == "of" or head.lower_ == "with" and head.head.lemma_.lower() in frame.holders)):
        return head.head
    if recipient.dep_ == "poss" and head.lemma_.lower() in frame.holders:
        return head
    if recipient.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in VERB_POS:  # "entered service with"
        return next((c for c in head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in frame.holders),
                    recipient)
    return recipient


def _received_by(article: _Article, recipient: Token, frame: Frame) -> tuple[Token | None, Token | None]:
    """The receiving verb (a `reverse_heads` verb) a service is the subject or the agent of (`the Air Force received
    four trainer aircraft`, `two transport aircraft were accepted by the Air Defence Forces`), or the head noun such a
    verb or a `receipt_verbs` verb takes (`the Air Force took delivery of two transport aircraft`, `received a donation
    of ten trucks`), and what it receives, where that is materiel (`_materiel`: aircraft, vehicles, boats), not praise
    or a report."""
    recipient = _holder(recipient, frame)  # "the Republic of Fiji Navy commissioned": a name the parser splits
    if recipient.dep_ == "nsubj":
        verb, role = recipient.head, "dobj"
    elif recipient.dep_ == "pobj" and recipient.head.dep_ == "agent":
        verb, role = recipient.head.head, "nsubjpass"
    else:
        return None, None
    if verb.pos_ not in VERB_POS:
        return None, None
    head, goods = verb, next((c for c in verb.children if c.dep_ == role), None)
    if role == "nsubjpass" and (goods is None or goods.pos_ == "PRON"):  # "arrived ..., where it was received by"
        goods = _arriving_subject(verb)
    if goods is None and role == "dobj":  # "received at Nouakchott air base two light attack aircraft"
        goods = _shifted_object(article, verb, frame)
    delivery = goods is not None and role == "dobj" and bool(lemma_forms(goods) & (frame.heads - frame.verb_heads))
    if not (lemma_forms(verb) & frame.reverse_heads or delivery and lemma(verb) in frame.receipt_verbs):
        return None, None
    if delivery:  # "took delivery of two aircraft", "received a donation of ten trucks"
        head, goods = goods, next(iter(_prep_objects(goods, "of") or _displaced_of(verb, goods)), None)
    if goods is None or not _materiel(article, goods, frame.received_objects):
        return None, None
    return head, goods


def _shifted_object(article: _Article, verb: Token, frame: Frame) -> Token | None:
    """The counted materiel a verb with no object of its own receives after a place or time adverbial (`received at
    Nouakchott air base two light attack aircraft`): the parser folds the shifted object into the adverbial's noun;
    the number that opens it marks it as the object."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ not in {"from", "by", "with", "of"}):
        words = list(prep.subtree)
        count = next((t for t in words if t.dep_ == "nummod" and t.i > prep.i + 1), None)
        if count is not None:
            return next((t for t in words if t.i >= count.i and _materiel(article, t, frame.received_objects)), None)
    return None


def _arriving_subject(verb: Token) -> Token | None:
    """What a passive verb with no subject of its own, or only `it`/`they`, is done to: the subject of the clause it
    hangs on (`the third patrol vessel arrived at the naval base, where it was received by the Chief of Naval Staff`,
    `the corvette arrived in Alexandria and was received by`): a craft arriving is what the service receives."""
    clause = verb.head
    for _ in range(4):
        if clause.pos_ in VERB_POS:
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.pos_ != "PRON":
                return subject
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _displaced_of(verb: Token, noun: Token) -> list[Token]:
    """The `of` of a delivery noun that adverbials set apart (`took receipt on Tuesday, at Air Base 101, of a new
    batch`): the parser hangs it on the last adverbial's noun, where the comma before it marks it as the noun's own,
    or on the verb itself (`took delivery on Tuesday of two craft`), which takes no `of` of its own."""
    adverbials = [c for c in verb.children if c.dep_ in {"prep", "npadvmod"} and c.i > noun.i]
    return [p for a in adverbials for t in a.subtree if t.lower_ == "of" and t.dep_ == "prep" and t.i > 0
            and (t is a or verb.doc[t.i - 1].text == ",") for p in t.children if p.dep_ == "pobj"][:1]


def _materiel(article: _Article, goods: Token, classes: frozenset[str]) -> bool:
    """Whether what a service receives is materiel, a word of one of the classes: the word itself, what it counts
    (`the first of two patrol vessels`, `a batch of helicopters`), or the class an apposition gives a vessel's or an
    aircraft's own name (`accepted HTMS Prachuap Khiri Khan, its second offshore patrol vessel`), found among the
    name's words (the parser chains a long name's words under one another), or the class word before the name
    (`commissioned the frigate Kimon`)."""
    name = [goods]
    for token in name:
        if len(name) < 8:
            name += [c for c in token.children if c.dep_ in NAME_DEPS]
    words = [t for t in name if t.i == goods.i or t.dep_ == "appos"]  # "PNS Tughril, the first of four frigates"
    if goods.pos_ == "PROPN":  # "the patrol vessel Dzerzhinsky": the parser hangs the class word on the name
        words += [c for c in goods.children if c.dep_ in MODIFIER_DEPS and c.i < goods.i]
    counted = [t for w in words for t in (w, *_prep_objects(w, "of"))]
    return any(article.classes.get(t.i, set()) & classes
               for t in (*counted, *(e for c in counted for e in _named_examples(article, c))))


def _named_examples(article: _Article, noun: Token) -> list[Token]:
    """The examples a generic noun is made specific by (classes.json `specifying_words`: `air assets comprising
    combat drones`, `naval assets, including two patrol boats`, `hardware such as rifles`, `a package consisting of
    radars`): what it holds is what is delivered, though `assets` or `platforms` alone say nothing."""
    words = article.lex.roles["specifying_words"]
    doc = noun.doc
    heads = [c for c in noun.children if c.dep_ == "acl" and lemma_forms(c) & words or c.dep_ == "prep" and (
        c.lower_ in words or c.i > 0 and f"{doc[c.i - 1].lower_} {c.lower_}" in words)]
    objects = [o for h in heads for o in (*h.children, *(p for c in h.children if c.dep_ == "prep" for p in c.children))
               if o.dep_ in {"dobj", "pobj"}]
    return [t for o in objects for t in (o, *o.conjuncts)]


@lru_cache(maxsize=None)
def _frames_of_class(name: str) -> list[Frame]:
    """The frames whose object is a word of this class, in the lexicon's order: each class word is read by its own."""
    return [frame for frame in lexicon().frames if frame.objects == name]


@lru_cache(maxsize=None)
def _class_frame_reach(name: str) -> tuple[frozenset[str], bool]:
    """The words that can head a frame over a word of this class (a force may be read as peacekeepers), and whether
    one of those frames reads the word as a recipient, which needs no head word in its sentence."""
    frames = [*_frames_of_class(name), *(_frames_of_class("peacekeepers") if name == "forces" else ())]
    return frozenset().union(*(frame.words for frame in frames)), any(frame.recipients for frame in frames)


def _may_be_framed(name: str, sentence_heads: set[str]) -> bool:
    """Whether a frame over a word of this class can be read in a sentence with these head words: a frame with no
    head word there is skipped, so a class word none of whose frames has one makes no candidate."""
    words, recipients = _class_frame_reach(name)
    return recipients or not words.isdisjoint(sentence_heads)


@lru_cache(maxsize=1)
def _all_frame_words() -> frozenset[str]:
    return frozenset().union(*(frame.words for frame in lexicon().frames))


@lru_cache(maxsize=1)
def _frame_head_lemmas() -> _WordFacts:
    """Lemmas that, lower-cased, can head a frame (`head_words`)."""
    words = _all_frame_words()
    return _WordFacts(lambda lemma: lemma.lower() in words)


@lru_cache(maxsize=1)
def _frame_word_hashes() -> numpy.ndarray:
    return numpy.array(sorted(hash_string(word) for word in _all_frame_words()), numpy.uint64)


@lru_cache(maxsize=1)
def _ordered_forms() -> frozenset[str]:
    """The past participles of the one-word ordering verbs (`instructed`, `obliged`, `required`): what a party a
    notice obliges is (`banks are instructed to`), read off the words where the sentence is left unparsed."""
    verbs = [verb for verb in lexicon().notices["ordering_verbs"] if " " not in verb]
    return frozenset(verb + "d" if verb.endswith("e") else verb + "ed" for verb in verbs)


@lru_cache(maxsize=2)
def _legal_act_hashes(key: str = "legal_acts") -> numpy.ndarray:
    """The hashes of the words that name a legal act (or, with `deciding_nouns`, a body's decision), lower-case,
    capitalised and plural (`decision`, `Decision`, `Regulations`, `deliberations`), sorted."""
    words = lexicon().notices[key]
    return numpy.array(sorted({hash_string(form) for word in words
                               for form in (word, word.title(), word + "s", word.title() + "s")}), numpy.uint64)


@lru_cache(maxsize=None)
def _present_form_hashes() -> numpy.ndarray:
    """The hashes of the third-person present of the one-word ordering, relaying and declaring verbs (`notifies`,
    `instructs`, `decrees`), sorted."""
    notices = lexicon().notices
    words = [w for w in notices["ordering_verbs"] | notices["relaying_verbs"] | notices["declaring_verbs"]
             if " " not in w]
    return numpy.array(sorted({hash_string(w[:-1] + "ies" if w.endswith("y") else w + "s") for w in words}),
                       numpy.uint64)


_LOWER_CASED: dict[int, str] = {}   # string hash -> its string lower-cased, kept per process (`_lower_cased`)


def _lower_cased(hashes: set[int], strings) -> dict[int, str]:
    """Each string hash -> its string, lower-cased, kept per process: the same verbs come back in every document, and
    reading a word out of the string store costs many times a look-up. Bounded: cleared when full."""
    if len(_LOWER_CASED) > 200_000:
        _LOWER_CASED.clear()
    for h in hashes.difference(_LOWER_CASED):
        _LOWER_CASED[h] = strings[h].lower()
    return _LOWER_CASED


def _any_of(values: numpy.ndarray, few: list[int]) -> numpy.ndarray:
    """Which values equal one of a few (parts of speech, signs), compared one at a time: `numpy.isin` costs many times
    as much on so few."""
    hits = values == few[0]
    for other in few[1:]:
        hits |= values == other
    return hits


def _among(values: numpy.ndarray, hashes: numpy.ndarray) -> numpy.ndarray:
    """Which of the values (string hashes) are among the sorted hashes."""
    return hashes.take(hashes.searchsorted(values), mode="clip") == values   # (a value past the last hash: the last)


def _content_root(span: Span) -> Token:
    """The word a term is about: its syntactic root, or where that is a function word (`or face`, whose words
    hang from different heads) its first verb or noun that is no auxiliary (`or be crushed`: `crushed`)."""
    root = span.root   # (found anew on each read)
    if root.pos_ not in FUNCTION_POS:
        return root
    return next((t for t in span if t.pos_ in VERB_POS | NOUN_POS and t.dep_ not in AUXILIARY_DEPS), root)


def _through_other_term(obj: Token, head: Token, kind: str, term_kinds: dict) -> bool:
    """Whether the way up from a frame object to its head passes a noun that names a measure of another kind:
    the object belongs to that measure."""
    subjectless = _subjectless_passive(obj) if obj.dep_ == "appos" else None
    if subjectless is not None and subjectless.i == head.i:
        return False  # a subject hung on the opening phrase (`Within ... defence cooperation, two vessels were`)
    token = obj.head
    while token.i != head.i and token.head.i != token.i:
        if token.pos_ in NOUN_POS and term_kinds.get(token.i, (kind,))[0] != kind:
            return True
        token = token.head
    return False


def _partner_of_term(obj: Token, head: Token, kind: str, term_kinds: dict) -> bool:
    """Whether the object is the `with` of a head whose own direct object completes a term of another kind with it
    (`exchanged fire with soldiers`): the term names the act and `with` its other party, no object of this frame."""
    if not (obj.dep_ == "pobj" and obj.head.lower_ == "with" and obj.head.head.i == head.i):
        return False
    term = term_kinds.get(head.i)
    return term is not None and term[0] != kind and any(c.dep_ == "dobj" and term_kinds.get(c.i) == term
                                                        for c in head.children)


def _shared_object_elsewhere(article: _Article, candidate: Candidate, others) -> bool:
    """Whether a word both weapon and force (`tanks`, `air defence systems`) sent by the same head belongs to
    the other reading: sent *to* a state it is a delivery (`sent Patriot systems to Ukraine`), sent anywhere
    else a deployment (`sent tanks to the border`). Troops sent are always a deployment."""
    if candidate.obj is None or candidate.type not in DELIVERY_OR_DEPLOYMENT:
        return False
    other = next((o for o in others if o.trigger == candidate.trigger and o.obj == candidate.obj
                  and o.type in DELIVERY_OR_DEPLOYMENT and o.type != candidate.type), None)
    if other is None:
        return False
    recipient = any(article.code_of(p) and not _frontier_place(article, p)
                    for holder in (candidate.trigger, candidate.obj) for prep in holder.children
                    if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to"
                    for p in prep.children if p.dep_ == "pobj")
    recipient = (recipient or _arrived_from_other_state(article, candidate)
                 or _told_as_delivery(article, candidate.trigger) or _arrives_as_lot(article, candidate))
    return candidate.type != ("arms_delivery" if recipient else "troop_buildup")


def _frontier_place(article: _Article, place: Token) -> bool:
    """Whether a destination is a frontier (classes.json `frontiers`) or a place named by one (`the border province
    of Hatay`): a state that names it (`the Syrian border`) is the neighbour across it, not the place's holder."""
    return any("frontiers" in article.classes.get(word.i, ()) for word in (place, *place.children)
               if word.i == place.i or word.dep_ == "compound")


def _arrives_as_lot(article: _Article, candidate: Candidate) -> bool:
    """Whether what arrives is a lot of an order (notices.json `referring_nouns` as the arrival's subject, the word
    both weapon and force its `of`: `the second batch of BrahMos missile systems arrived in the Philippines`): an order
    delivered in lots, unless it comes for a deployment (`a batch of tanks arrived for joint drills`)."""
    word = candidate.obj
    if word.dep_ != "pobj" or word.head.lower_ != "of":
        return False
    lot = word.head.head
    return (lot.dep_ == "nsubj" and lot.head.i == candidate.trigger.i
            and lot.lemma_.lower() in article.lex.notices["service_receipts"]["referring_nouns"]
            and not _arrived_to_deploy(article, candidate.trigger))


def _aimed_not_given(candidate: Candidate, others) -> bool:
    """Whether weapons a delivery verb sends are the object of an attack read on the same verb: that frame holds
    only where they are aimed at, against or towards a place or party (`sent 40 drones towards Kyiv`), so they are
    fired, not given (`sent 40 drones to Ukraine's army` is aimed nowhere and stays a delivery)."""
    return candidate.type == "arms_delivery" and candidate.obj is not None and any(
        o.type == "attack" and o.trigger == candidate.trigger and o.obj == candidate.obj for o in others)


def _moves_promised_materiel(article: _Article, candidate: Candidate) -> bool:
    """Whether what a deployment verb moves to a state is materiel a delivery participle describes (`the F-16 jets
    promised by Belgium were flown to Ukraine`, `howitzers donated by Canada were shipped to Kyiv`): the promise
    carried out, a delivery; `Russian bombers were flown to Belarus` stays a deployment. Materiel a buying participle
    describes that arrives or lands of itself (`the first fighter jets acquired by the Nation landed at the air base`)
    is the purchase delivered, wherever it lands, as is materiel a participle ties to a state it was contracted with
    or ordered from (`the arrival of air defence systems contracted with Korea`)."""
    weapon, trigger = candidate.obj, candidate.trigger
    if weapon is None:
        return False
    if _told_as_delivery(article, trigger):
        return True
    participles = [c for c in weapon.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if weapon.dep_ == "nsubj" and weapon.head.i == trigger.i and any(
            lemma_forms(c) & _buying_heads() for c in participles):
        return True
    counted = [weapon.head.head] if weapon.dep_ == "pobj" and weapon.head.lower_ == "of" else []  # "a batch of"
    tied = participles + [c for n in counted for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if any(article.cast.code_at(t) for c in tied for p in _prep_objects(c, "with", "from") for t in p.subtree):
        return True  # "air defence systems contracted with the Republic of Korea arrived": bought from a state
    if not any(article.code_of(p) for p in _prep_objects(trigger, "to")):
        return False
    return any(lemma_forms(c) & _delivery_heads() for c in participles)


def _arrived_to_deploy(article: _Article, head: Token) -> bool:
    """Whether weapons arrive for a deployment (classes.json `deployment_purposes`, in the arrival's `to` purpose
    clause or its `for`: `Eurofighter jets touched down in Estonia to begin a NATO rotation`, `arrived in Romania
    for the air policing mission`): a force sent to serve there, not kit handed over."""
    purposes = article.lex.roles["deployment_purposes"]
    words = [w for clause, _ in _purpose_clauses(article, head) for w in clause.subtree]
    words += [w for p in _prep_objects(head, "for") for w in p.subtree]
    return any(w.lower_ in purposes or w.lemma_.lower() in purposes for w in words)


def _told_as_delivery(article: _Article, trigger: Token) -> bool:
    """Whether an arrival's own words name it a delivery: a delivery noun after one of classes.json
    `delivery_told_preps` on it (`BrahMos missiles reach Philippines in first export delivery`, `F-16s touch down in
    Romania as Dutch complete transfer`) or as what arrives (`the first shipment of K2 tanks arrived at Gdynia`), or a
    clause that completes one (`_completes_delivery`): materiel handed over, whichever state's name it carries, no
    force moved."""
    told = _prep_objects(trigger, *article.lex.roles["delivery_told_preps"])
    told += [c for c in trigger.children if c.dep_ == "nsubj"   # (not the craft itself: "a patrol ship arrived")
             and not article.classes.get(c.i, set()) & article.context_objects]
    return (any(lemma_forms(t) & _delivery_heads() for t in told) or _completes_delivery(article, trigger)
            or _delivery_clause(article, trigger))


def _delivery_clause(article: _Article, trigger: Token) -> bool:
    """Whether a clause opened by one of classes.json `delivery_told_preps` on the arrival hands the materiel over (a
    delivery verb whose object takes up the goods: `FA-50 fighters landed in Poland as South Korea handed over the
    first batch`; notices.json `referring_nouns`): the arrival is that delivery, not a force moved (not `as Chinese
    bombers flew near the island`)."""
    preps, lots = article.lex.roles["delivery_told_preps"], article.lex.notices["service_receipts"]["referring_nouns"]
    return any(c.dep_ == "advcl" and lemma_forms(c) & _delivery_heads()
               and any(m.dep_ == "mark" and m.lower_ in preps for m in c.children)
               and any(o.dep_ == "dobj" and o.lemma_.lower() in lots for o in c.children)
               for c in trigger.children)


def _completes_delivery(article: _Article, trigger: Token) -> bool:
    """Whether the arrival's sentence says it completes a delivery: a participle of one of classes.json
    `completing_verbs` on the arrival or a verb above it, whose object is a delivery noun (`the last jets arrived in
    Ukraine, completing a transfer announced in 2024`, `concluding the delivery`): materiel handed over, no buildup."""
    heads = [trigger, *trigger.ancestors]
    completing = article.lex.roles["completing_verbs"]
    return any(c.dep_ in {"advcl", "xcomp", "conj"} and c.lemma_.lower() in completing
               and any(o.dep_ == "dobj" and lemma_forms(o) & _delivery_heads() for o in c.children)
               for head in heads for c in head.children)


@lru_cache(maxsize=None)
def _frame_heads_of_type(kind: str) -> frozenset[str]:
    """The head words of a signal type's frames, read once per type rather than per candidate."""
    return frozenset().union(*(frame.heads for frame in lexicon().frames if frame.type == kind))


@lru_cache(maxsize=1)
def _delivery_heads() -> frozenset[str]:
    return frozenset().union(*(frame.heads for frame in lexicon().frames if frame.type == "arms_delivery"))


@lru_cache(maxsize=1)
def _buying_heads() -> frozenset[str]:
    """The heads by which a party obtains weapons (the `reverse_heads` of the weapons delivery frames: `acquire`,
    `buy`, `purchase`): their agent receives."""
    return frozenset().union(*(frame.reverse_heads for frame in lexicon().frames
                               if frame.type == "arms_delivery" and not frame.recipients))


def _hyphenated_giver(article: _Article, goods: Token) -> str | None:
    """The state or body a hyphenated modifier of the goods names as their giver (`Qatar-funded fuel`, `EU-financed
    convoys`: classes.json `giving_modifiers`); `US-made` or `Saudi-backed` names a maker or backer, no giver."""
    for participle in goods.children:
        if participle.dep_ == "amod" and participle.lower_ in article.lex.roles["giving_modifiers"]:
            giver = participle.doc[participle.i - 2] if participle.i >= 2 else None
            if giver is not None and participle.doc[participle.i - 1].text == "-" and giver.head.i in {
                    participle.i, goods.i}:
                return article.code_of(giver)
    return None


def _participle_agents(article: _Article, candidate: Candidate) -> tuple[str | None, str | None]:
    """(giver, buyer): the coded agents of the participles that describe what is delivered (`a craft gifted by the
    Government of India was handed over`: the giver; `howitzers bought by Estonia from South Korea arrived`: the
    buyer, who receives, and its `from` the giver). A receiving trigger's own agent is left to the swap of ends.
    The goods are the object with its conjuncts, what a quantity of them counts (`tents and 2,000 tonnes of food
    provided by Algeria were delivered`) and the noun the object word names (`the Patriot batteries promised by
    Germany`)."""
    code, trigger = article.code_of, candidate.trigger
    giver = buyer = None
    goods = [candidate.obj, *candidate.obj.conjuncts]
    goods += [o for g in goods for o in _prep_objects(g, "of")]
    goods += [g.head for g in goods if g.dep_ == "compound"]
    for clause in (c for g in goods for c in g.children):
        if clause.dep_ != "acl" or candidate.reverse and clause.i == trigger.i:
            continue
        agent = next((code(p) for a in clause.children if a.dep_ == "agent" for p in a.children
                      if p.dep_ == "pobj" and code(p)), None)
        if _buying_clause(candidate, clause):
            buyer = buyer or agent
            giver = giver or next((code(p) for p in _prep_objects(clause, "from") if code(p)), None)
        else:
            giver = giver or agent
    return giver, buyer


def _buying_clause(candidate: Candidate, clause: Token) -> bool:
    """Whether a participle describing what is delivered buys or orders it (`howitzers bought by Estonia`, `ships
    ordered by the Philippines`: notices.json `service_receipts` `buying_participles`): its agent receives, it gives
    nothing."""
    return candidate.type == "arms_delivery" and _buys(clause)


def _buys(verb: Token) -> bool:
    """Whether a verb buys or orders goods (`bought`, `purchased`, `ordered`: notices.json `service_receipts`
    `buying_participles`)."""
    forms = lemma_forms(verb)
    return bool(forms & _buying_heads() or forms & lexicon().notices["service_receipts"]["buying_participles"])


def _bought_goods(article: _Article, goods: Token) -> bool:
    """Whether a participle describes materiel as bought or ordered (`vehicles purchased by the Haitian government`,
    `howitzers bought by Estonia`; not `brigades ordered by Caracas`): what is moved is a purchase on its way to its
    buyer."""
    return bool(article.classes.get(goods.i, set()) & {"weapons", "platforms"}) and any(
        c.dep_ == "acl" and _buys(c) for c in goods.children)


def _arrived_from_other_state(article: _Article, candidate: Candidate) -> bool:
    """Whether weapons that arrive (a frame's `subject_heads`) came from another state, so they are delivered, not
    moved: an origin (`batteries from India arrived`) or a state acting on them in a clause that describes them
    (`the tanks that Australia retired have begun arriving`, `jets bought by Norway arrived`). `Russian tanks
    arrived in Belarus` names only the owner: its forces move."""
    if candidate.trigger.lemma_.lower() != "arrive":
        return False
    weapon = candidate.obj
    while weapon.dep_ == "pobj" and weapon.head.lower_ == "of" and weapon.head.head.dep_ == "nsubj":
        weapon = weapon.head.head  # "a batch of missile batteries from India"
    origins = _prep_objects(candidate.obj, "from") + _prep_objects(weapon, "from")
    described = [c for w in {candidate.obj, weapon} for c in w.children if c.dep_ in {"relcl", "acl"}]
    actors = [a for clause in described for a in clause.children if a.dep_ in {"nsubj", "agent"}]
    actors += [p for a in actors if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return any(article.code_of(t) for t in origins + actors)


def _brought_home(article: _Article, head: Token, word: Token, frame: Frame) -> bool:
    """Whether a verb of moving or sending takes its object home (classes.json `homeward_adverbs`: `pilots flew their
    F-16 jets home from the exercise`): a force or its kit coming back builds up nowhere, and delivers nothing
    unless a `new_materiel_marks` word marks the materiel new to those who bring it (`had flown the first Mirage
    jets home`; the parser may hang the adverb on a participle of the object: `the jets supplied by France home`)."""
    roles = article.lex.roles
    holders = [head, *(c for c in word.children if c.dep_ == "acl")]
    if frame.type not in DELIVERY_OR_DEPLOYMENT or not any(
            c.dep_ == "advmod" and c.lower_ in roles["homeward_adverbs"] for h in holders for c in h.children):
        return False
    return frame.type != "arms_delivery" or not any(
        c.lemma_.lower() in roles["new_materiel_marks"] for c in word.children if c.dep_ in MODIFIER_DEPS)


def _arrival_place(article: _Article, head: Token, frame: Frame) -> Token | None:
    """The state weapons arrive in (`shells have been arriving in Ukraine`), or reach as the verb's object
    (`BrahMos missiles reach Philippines in first export delivery`): it receives them. (Only an arrival told as a
    delivery is read with the object alone: `the missiles reached Kyiv` is no arrival of a delivery.)"""
    if frame.type != "arms_delivery" or not lemma_forms(head) & frame.subject_heads:
        return None
    places = _prep_objects(head, "in", "at", "to") + [c for c in head.children if c.dep_ == "dobj"]
    return next((p for p in places if article.code_of(p)), None)


def _unsent_arrival(article: _Article, head: Token, word: Token, frame: Frame) -> bool:
    """Whether weapons that arrive (a delivery frame's `subject_heads`) are not shown as sent to a state: they come
    from no other state, the arrival is not told as a delivery (`_told_as_delivery`), and the state they arrive in
    is not named or is their own (`the new Ukrainian howitzers arrived at the front`), and they reach no other
    state's forces; `shells have been arriving in Ukraine` are delivered."""
    if frame.type != "arms_delivery" or not lemma_forms(head) & frame.subject_heads:
        return False
    if _arrived_from_other_state(article, Candidate(frame.type, head, "frame", obj=word)):
        return False
    if _told_as_delivery(article, head):
        return False
    if _arrived_to_deploy(article, head):
        return True
    places = {article.code_of(p) for p in _prep_objects(head, "in", "at", "to")} - {None}
    owners = {article.code_of(m) for m in word.children if m.dep_ in MODIFIER_DEPS} - {None}
    return (not places or bool(owners)) and not _reached_other_states_forces(article, head, word)


def _reached_other_states_forces(article: _Article, head: Token, word: Token) -> bool:
    """Whether weapons one state owns (a modifier of the weapon word or of the phrase it is a compound of) arrive at
    or reach forces (classes.json `forces`) of another, by the forces' modifier or the place they are in (`Swedish
    Archer artillery systems have reached frontline units in eastern Ukraine`): the giver's weapons in the receiver's
    hands. `Russian tanks reached the outskirts of Kyiv` reach no forces."""
    phrase = [word]
    while phrase[-1].dep_ == "compound":
        phrase.append(phrase[-1].head)
    owners = {article.code_of(m) for w in phrase for m in w.children if m.dep_ in MODIFIER_DEPS} - {None}
    units = _prep_objects(head, "in", "at", "to") + [c for c in head.children if c.dep_ == "dobj"]
    return bool(owners) and any(
        "forces" in article.classes.get(unit.i, ()) and ({article.code_of(t) for t in (
            *(m for m in unit.children if m.dep_ in MODIFIER_DEPS), *_prep_objects(unit, "in", "of"))} - {None} - owners)
        for unit in units)


def _frame_head(token: Token, frame: Frame) -> tuple[Token | None, bool, int]:
    """The head word of the frame over an object word, if the head's own prepositions allow it."""
    head, reverse, reach = _climb_to_head(token, frame)
    if head is None and frame.type == "arms_delivery":   # "the weapons that we have provided": a relative clause,
        head, reverse, reach = _relative_clause_head(token, frame), False, 1   # read where no head is above
    if head is not None and lemma(head) in frame.result_heads and any(
            c.dep_ in RESULT_DEPS and c.i > token.i for c in head.children):
        return None, False, 0  # "left NATO and Russia far apart", "left the EU divided": no departure
    if head is not None and (frame.only_with_preps or frame.not_with_preps):
        between = _aim_holders(head, token)
        aimed = any(_aims(h, frame.only_with_preps) for h in between)
        # the parser hangs a named aim on a participle of the object (`subject six persons linked to the junta to
        # measures`): where the aim names its noun, the object's participles may carry it
        described = [c for t in (token, *token.conjuncts) for c in t.children if c.dep_ == "acl"]
        aimed = aimed or any(_aims(h, [p for p in frame.only_with_preps if " " in p]) for h in described)
        blocked = any(_aims(h, frame.not_with_preps) for h in between)
        if (frame.only_with_preps and not aimed) or blocked:
            return None, False, 0
    return head, reverse, reach


def _aim_holders(head: Token, token: Token) -> list[Token]:
    """The words that may carry a frame's aim: its head, its object word and the words between (`launched a barrage
    of rockets at`), the object's conjuncts (`launched 127 missiles and 109 drones at`: the aim of the last is
    of all) and the directional adverb of a phrasal head (`went back to its bases`)."""
    between = [head, token]
    while between[-1].i != head.i and between[-1].head.i != between[-1].i and len(between) < 6:
        between.append(between[-1].head)
    adverbs = [c for c in head.children if c.dep_ in {"advmod", "oprd"}
               and c.lower_ in lexicon().roles["directional_adverbs"]]
    return between + list(token.conjuncts) + adverbs


def _aims_at_party(article: _Article, head: Token, token: Token, frame: Frame) -> bool:
    """Whether a frame's aim names a place or party, by a code or a name (`launched drones at Kyiv`, `against
    Ukrainian positions`, `towards Eilat`, which the tagger may take for a firm): a craft that is also a civil kit is
    launched at a scene (`at its warehouse`, `at the festival`) or sent towards a thing (`towards the blaze`)."""
    return any(any(_prep_aims(prep, phrase) for phrase in frame.only_with_preps) and any(
        article.code_of(place) or place.ent_type_ in PLACE_ENTITIES or place.pos_ == "PROPN"
        for place in prep.children if place.dep_ == "pobj")
        for holder in _aim_holders(head, token) for prep in holder.children if prep.dep_ == "prep")


def _goods_named_by_object(verb: Token) -> bool:
    """Whether the verb's object names goods, through its `of` (`40,000 tonnes of clams`), not only an amount (a sum,
    a number, a `light_nouns` measure, a pronoun standing for one) whose `in` says what it is in (`$500 million in
    weapons`, `millions of dollars in drones`, `300 tonnes in ammunition`)."""
    goods = next((c for c in verb.children if c.dep_ == "dobj"), None)
    while goods is not None and (of := next(iter(_prep_objects(goods, "of")), None)) is not None:
        goods = of
    roles = lexicon().roles
    return goods is not None and not (goods.like_num or goods.pos_ == "PRON"
                                      or goods.ent_type_ in TIME_OR_NUMBER_ENTITIES
                                      or lemma_forms(goods) & (roles["currencies"] | roles["light_nouns"]))


def _origin_of_named_goods(prep: Token) -> bool:
    """Whether a `from` (or an `in`) on a verb that names its goods as its own object is where they come from
    (`shipped copper from its mines`) or what holds them (`shipped clams in their shells`); with no such object the
    parser may have hung the goods there (`received from the Ministry 25 trucks and eight armoured vehicles`), and
    they stay what is sent."""
    return prep.head.pos_ in VERB_POS and any(c.dep_ == "dobj" for c in prep.head.children)


def _scene_of_act(place: Token) -> bool:
    """Whether a place is only the scene of a verb that has its own object (`seized a tanker in the Strait of
    Hormuz`, `stopped a ship off Yemen`, `took delivery at the air base`): the act falls on that object, not on
    the place; a verb with no object of its own (`closed the strait`) keeps its reading. After `in` and the like
    only a named place is a scene (`cut investment in Russian oil` falls on the oil); `at` is always one, also on
    the `of` the parser hangs on such a verb (`took possession of six helicopters at the air base`)."""
    if place.dep_ != "pobj":
        return False   # (most words climbed through: no head made)
    prep = place.head
    verb = prep.head
    if prep.lower_ == "at" and verb.dep_ == "pobj" and verb.head.lower_ == "of" and verb.head.dep_ == "prep":
        verb = verb.head.head
    return (verb.pos_ in VERB_POS
            and (prep.lower_ == "at" or place.ent_type_ in PLACE_ENTITIES and prep.lower_ in SCENE_PREPS)
            and any(c.dep_ == "dobj" for c in verb.children))


def _aims(token: Token, phrases: Iterable[str]) -> bool:
    """Whether a preposition aims the head at something, not at a time (`on Monday`), for any of the phrases;
    `into` only at a country or town (`fired rockets into Israel`, not `into the sea` nor `into the Yellow Sea`). A
    phrase with its object (`on display`) names a preposition only with that object, whatever it is (`incorporated
    into its list`): a tank put on display is an exhibit, not a force; a plural name counts, which the lemmatiser
    leaves as it is (`in the National Terrorism Designation Lists`). The head's children are walked once for all the
    phrases: a frame lists many."""
    if not phrases:
        return False
    preps = [c for c in token.children if c.dep_ == "prep"]
    return any(_prep_aims(c, phrase) for phrase in phrases for c in preps)


def _prep_aims(prep: Token, phrase: str) -> bool:
    """Whether one preposition is the phrase's, aimed as `_aims` says."""
    word, _, noun = phrase.partition(" ")
    return prep.lower_ == word and not _names_time(prep) and (word != "into" or noun or any(
        p.dep_ == "pobj" and _aimed_into(p) for p in prep.children)) and (not noun or any(
        p.dep_ == "pobj" and noun in {p.lemma_.lower(), p.lower_.removesuffix("s")} for p in prep.children))


def _aimed_into(place: Token) -> bool:
    """Whether `into` aims at its object: a country or town (`fired rockets into Israel`) or a place people are in
    (`hurled a grenade into a coffee shop`, `into the crowd`), not open sea, sky or land, named or not (`into the
    sea`, `into the Yellow Sea`, `into the Pacific`; classes.json `open_expanses`). A compass point the parser reads
    as the place stands for its compound (`into sea east of Korean peninsula`: the sea)."""
    if place.lemma_.lower() in lexicon().roles["compass_points"]:
        place = next((c for c in place.children if c.dep_ == "compound"), place)
    return place.ent_type_ == "GPE" or (place.ent_type_ not in {"LOC", "DATE", "TIME"}
                                        and place.lemma_.lower() not in lexicon().roles["open_expanses"])


def _status_read_as_clause(token: Token) -> Token | None:
    """The participle of a status phrase the parser reads as a verb over its own noun (`to be specified entities`:
    `specified` a clause, `entities` its object): the clause stands where the phrase does, as the status given."""
    participle, noun = (token.head, token) if token.dep_ == "dobj" else (token, token.nbor() if token.i + 1 < len(
        token.doc) else token)
    if noun.dep_ == "dobj" and noun.head == participle and participle.i == noun.i - 1 and participle.tag_ == "VBN":
        return participle
    return None


def _climb_to_head(token: Token, frame: Frame) -> tuple[Token | None, bool, int]:
    """Climb from the object word (through `of`, compounds, conjuncts) to a head word of the frame; a subject
    word reaches only a subject head (`marines arrived in Okinawa`)."""
    reach, issued = 0, lexicon().types[frame.type].document_issuer
    sending = _sending_participle(token, frame)
    if sending is not None:
        return sending, False, 1
    for _ in range(4):
        dep = token.dep_   # (read once per step: most tests below ask it)
        was_object, was_dative, was_told = dep == "dobj", dep == "dative", dep == "nsubjpass"
        if dep in COMPLEMENT_DEPS and lemma_forms(token.head) & frame.complement_heads:
            return token.head, False, reach + 1  # "declared the persons to be specified entities": the status given
        status = _status_read_as_clause(token)   # "declared the entities to be specified entities", parsed so
        if status is not None and (status.dep_ in COMPLEMENT_DEPS and lemma_forms(status.head) & frame.complement_heads
                                   or status.dep_ in {"relcl", "acl"} and status.head.dep_ in {"dobj", "nsubjpass"}
                                   and lemma_forms(status.head.head) & frame.complement_heads):
            return status.head if status.dep_ in COMPLEMENT_DEPS else status.head.head, False, reach + 1
        if (dep == "appos" and token.head.dep_ == "dobj"
                and lemma_forms(token.head.head) & frame.complement_heads):
            return token.head.head, False, reach + 1  # "declares the organisation a terrorist entity", parsed so
        if dep == "appos":
            subjectless = _subjectless_passive(token)
            if subjectless is not None and lemma_forms(subjectless) & frame.heads:
                return subjectless, False, reach + 1
        if dep == "nsubjpass" and reach == 0:
            subjected = _measure_subjected_to(token, frame)
            if subjected is not None:
                return subjected, False, reach + 1
        if dep == "nsubj":
            if lemma_forms(token.head) & frame.subject_heads:
                return token.head, False, reach + 1
            begun = next((c for c in token.head.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                          and lemma_forms(c) & frame.subject_heads), None)
            if begun is not None:
                return begun, False, reach + 1  # "the tanks have begun arriving": the arrival under its phase verb
            state = _stated_result(token, frame)
            if state is not None:
                return state, False, reach + 1
        if (frame.type == "aid" and dep == "pobj" and token.head.lower_ == "with"
                and lemma_forms(token.head.head) & frame.subject_heads):
            return token.head.head, False, reach + 1  # "trucks reached Mekelle with food": relief arrives with its
            # carrier (weapons a plane lands with are read as a delivery or a deployment by their receiver)
        described = _passive_description(token, frame) if issued else None
        if described:
            return described[0], described[1], reach + 1
        if _perfect_read_as_adjective(token, frame):
            return token.head, False, reach  # "it had frozen assets of": the perfect is the act
        if reach == 0 and _object_read_as_clause(token) and lemma_forms(token.head) & frame.heads:
            return token.head, False, 1  # "lifted asset freezes and visa bans", parsed `asset` the subject of `freezes`
        carried = dep == "acl" and bool(lemma_forms(token) & lexicon().roles["cargo_verbs"])
        model = dep == "nummod" and not token.like_num  # "six F-16 aircraft": a model read as a number
        if frame.in_notices and reach == 0 and dep == "xcomp" and lemma_forms(token.head) & frame.heads:
            return token.head, False, 1  # "nationals of Syria are refused boarding": the parser hangs what a notice
            # withholds as the verb's complement; it is the verb's object (elsewhere a clause: "stopped funding them")
        if dep not in CLIMB_DEPS and not (carried or model):
            return None, False, 0
        if frame.type in DELIVERY_OR_DEPLOYMENT_KINDS and _means_of_travel(token):
            return None, False, 0  # "has flown by helicopter to Kilinochchi for a meeting": how one travels, not sent
        if (dep == "pobj" and token.head.lower_ == "of"
                and token.head.head.lemma_.lower() in lexicon().roles["qualities"]):
            return None, False, 0  # "strengthen the capacity of the Cambodian forces": a quality, not the force
        if (dep == "pobj" and token.head.lower_ in {"of", "for"}
                and token.head.head.lemma_.lower() in lexicon().roles["limits"]):
            return None, False, 0  # "the maximum draught for vessels is increased": a limit raised, no vessel moved
        reach += dep != "conj"  # "tanks and ammunition" are both the head's own object
        if _scene_of_act(token):
            return None, False, 0  # "seized a tanker in the Strait of Hormuz": where, not what is closed
        merged = _recipient_before_goods(token)
        token, skipped = _past_counting_nouns(token.head, frame)
        reach += skipped
        token = _past_manner_phrase(token)
        dep = token.dep_   # (of the word climbed to: read once)
        # `including` is a preposition whatever its tag: an example of the object is the object ("provides Ukraine
        # with capabilities, including HIMARS ammunition")
        verbal = token.pos_ in VERB_POS and not (dep == "prep" and token.lower_ == "including")
        if dep == "prep" and frame.type in DELIVERY_OR_DEPLOYMENT_KINDS and not merged and (
                token.lower_ in DESTINATION_PREPS or token.lower_ in MEANS_PREPS and token.head.pos_ in VERB_POS
                or token.lower_ == "from" and frame.type in GOODS_KINDS and _origin_of_named_goods(token)
                or token.lower_ in CONTAINER_PREPS and frame.type in GOODS_KINDS and _origin_of_named_goods(token)
                and _goods_named_by_object(token.head)):
            return None, False, 0  # "deployed a ship to waters off Guyana", "curbs placed on the military", "sent
            # by drone": where or how, not what; "shipped copper from its mines": where the goods come from;
            # "shipped mussels in their shells": what holds them
        if dep == "prep" and token.lower_ in lexicon().cues["background"]:
            return None, False, 0  # "suspended food distribution after attacks on its convoys": the occasion
        if dep == "prep" and token.lower_ in lexicon().notices["framework_prepositions"]:
            return None, False, 0  # "tanks ordered under a contract with the Armament Agency": the framework and its
            # party, not what is ordered out
        if dep == "prep" and _draft_matter(token):
            return None, False, 0  # "withdrew a bill on foreign funding of NGOs": the bill is withdrawn, not the funding
        if frame.type in DELIVERY_OR_DEPLOYMENT_KINDS and _escorts(token):
            return None, False, 0  # "moved by rail under escort of the Defence Force": the force guards the cargo
        forms = lemma_forms(token)
        sent_vehicle = (dep == "acl" and bool(forms & lexicon().roles["cargo_verbs"])
                        and token.head.dep_ == "dobj" and token.head.head.pos_ in VERB_POS
                        and bool(lemma_forms(token.head.head) & frame.heads))
        heading = forms & frame.heads   # (a noun heads the frame only by a word that is no verb head)
        if not sent_vehicle and heading and (verbal or heading - frame.verb_heads):
            received = dep == "dobj" and lemma(token.head) in frame.receipt_verbs  # "took delivery of"
            return token, received, reach
        if forms & frame.reverse_heads:
            return token, True, reach
        if dep == "acl" and forms & lexicon().roles["cargo_verbs"]:
            continue  # "sent two ships loaded with food": the food is what is sent
        if (dep == "xcomp" and token.tag_ == "VBG" and reach == 1 and was_object
                and token.head.pos_ in VERB_POS and lemma_forms(token.head) & frame.heads):
            return token.head, False, reach  # "stopped issuing visas": the verb over the act on the object
        if (dep == "pcomp" and token.tag_ == "VBG" and reach == 1 and was_object and token.head.lower_ == "from"
                and lemma_forms(token.head.head) & frame.heads):
            return token.head.head, False, reach  # "barred it from attending the summit": kept from the summit
        if (dep == "pcomp" and token.tag_ != "VBG" and reach == 1 and was_object
                and token.head.head.pos_ in VERB_POS and lemma_forms(token.head.head) & frame.heads):
            return token.head.head, False, reach  # "freeze without delay the funds": a preposition's bare word takes
            # no object (it would be a gerund); the verb before it does
        if verbal and reach == 1 and was_object:
            listing = _listing_head(token, frame)
            if listing is not None:
                return listing, False, reach
        shared = _first_verb_sharing_object(token, frame) if reach == 1 and was_object else None
        if shared is not None:
            return shared, False, reach
        if verbal and reach == 1 and (was_object or was_dative or was_told):
            # "gave the consul 48 hours to leave": time given to an indirect object is an ultimatum, the frame's act
            # only where what it is made to do is the measure itself (`controlled_heads`), not its own concession;
            # so is an order told in the passive (`two diplomats were told to leave`)
            return _controlled_head(token, frame, reach, only_controlled=was_dative or was_told)
        if verbal:
            return None, False, 0
    return None, False, 0


def _draft_matter(prep: Token) -> bool:
    """Whether a preposition names what a draft is about (`a contested bill on foreign funding`, `a motion about arms
    sales`): a status_cues `topics.preps` word on a `proposed.drafts` noun, not a time (`passed a bill on Wednesday`).
    A frame's class word there is the draft's matter; what a verb does to the draft (withdraws, shelves) is not done to
    it."""
    cues = lexicon().cues
    return (prep.lower_ in cues["topics"]["preps"] and prep.head.lemma_.lower() in cues["proposed"]["drafts"]
            and not _names_time(prep))


def _first_verb_sharing_object(verb: Token, frame: Frame) -> Token | None:
    """The frame's verb conjoined before the verb that holds the object, with no object of its own (`rammed and
    boarded a trawler`): the parser hangs the shared object on the last verb only, so the first acts on it too; not
    where the last verb is a clause of its own, with its subject and auxiliary (`the ceasefire will end and the army
    will resume fighting`)."""
    first = verb.head
    if verb.dep_ != "conj" or verb.pos_ not in VERB_POS or first.pos_ not in VERB_POS:
        return None
    if {"nsubj", "aux"} <= {c.dep_ for c in verb.children}:
        return None
    if not lemma_forms(first) & frame.heads or any(c.dep_ in {"dobj", "nsubjpass"} for c in first.children):
        return None
    return first


def _past_counting_nouns(token: Token, frame: Frame) -> tuple[Token, int]:
    """(the word a chain of counting nouns hangs on, the words passed): from the `of` over the counted word, past
    classes.json `light_nouns` that are no head of the frame (`hundreds of tonnes of wheat were unloaded`, `thousands
    of rounds of ammunition`), and past a number or a `share_words` word that takes a share of the counted goods (`took
    delivery of 11 of the 36 fighters`, `handed over the first of two ships`): a chain of counts is one step of the
    climb, however many the text stacks."""
    light, passed = lexicon().roles["light_nouns"], 0
    while (token.dep_ == "prep" and token.lower_ == "of" and _counts_share(token.head, light)
           and not lemma_forms(token.head) & frame.heads):
        token, passed = token.head, passed + 1
        if token.dep_ != "pobj" or token.head.lower_ != "of":
            break
        token, passed = token.head, passed + 1
    return token, passed


def _counted_word(word: Token) -> Token:
    """The word a counting head stands for (`dozens of Houthi drones`, `a swarm of drones`, `a number of Russian
    diplomats`, `hundreds of thousands of troops`, `two of the attackers`): a light noun, a number or a share word
    (`_counts_share`) only counts its `of` phrase, whose word is the doer, the weapon, the victim or the expelled party
    wherever a rule reads one; any other word stands for itself."""
    light = lexicon().roles["light_nouns"]
    while _counts_share(word, light) and (counted := _prep_objects(word, "of")):
        word = counted[0]
    return word


def _counts_share(word: Token, light_nouns: frozenset[str]) -> bool:
    """Whether a word before an `of` only counts what the `of` names: a light noun (`tonnes`), a number (`11 of the 36
    fighters`), a classes.json `share_words` word (`the first of two ships`, `the rest of the vehicles`) or a currency
    (`billions of dollars of the Central Bank of Russia's assets`)."""
    lemma, roles = word.lemma_.lower(), lexicon().roles
    return lemma in light_nouns or word.like_num or lemma in roles["share_words"] or lemma in roles["currencies"]


def _escorts(prep: Token) -> bool:
    """Whether a preposition is the `of` of an escort noun after `under` (classes.json `escort_nouns`: `under escort
    of the Defence Force`, `under the protection of the navy`): its object guards what is moved, it is not moved."""
    noun = prep.head
    return (prep.dep_ == "prep" and prep.lower_ == "of" and noun.dep_ == "pobj" and noun.head.lower_ == "under"
            and noun.lemma_.lower() in lexicon().roles["escort_nouns"])


def _recipient_before_goods(goods: Token) -> bool:
    """Whether the parser has merged a recipient put before the goods into one phrase (`assigned to the National
    Gendarmerie forty armoured vehicles`, `handed over to the Navy two patrol boats`): a name that modifies the
    goods with a count between them. The goods are then the verb's object, not where it sends them."""
    if goods.dep_ != "pobj":
        return False
    names = [c for c in goods.children if c.dep_ in {"nmod", "compound"} and c.is_title and c.i < goods.i]
    return any(t.like_num for name in names for t in goods.doc[name.i + 1:goods.i])


def _past_manner_phrase(token: Token) -> Token:
    """The noun a manner phrase follows, from the `of` the parser hangs on that phrase (`the freezing without delay
    of their funds`, `the blocking with immediate effect of all accounts`; classes.json `manner_nouns`): the `of`
    phrase is the object of the noun right before the manner phrase, wherever the parser hangs that phrase."""
    manner = token.head
    if not (token.dep_ == "prep" and token.lower_ == "of" and manner.dep_ == "pobj" and manner.head.dep_ == "prep"
            and manner.lemma_.lower() in lexicon().roles["manner_nouns"] and manner.head.i > 0):
        return token
    before = token.doc[manner.head.i - 1]   # the parser may hang the manner phrase on the clause's verb instead
    return before if before.pos_ in {"NOUN", "PROPN"} else token


def _listing_head(verb: Token, frame: Frame) -> Token | None:
    """The head noun of the frame that is the subject of a verb listing its contents (`specifying_words`: `the latest
    delivery included 30 tanks`, `the package comprises air defence systems`), also through a relative clause (`a
    package that includes 72 howitzers`): what the verb lists is the noun's object, the noun the act."""
    if not lemma_forms(verb) & lexicon().roles["specifying_words"]:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ == "relcl" and subject is not None and subject.tag_ in RELATIVE_TAGS:
        subject = verb.head   # "another $800 million package that includes 72 howitzers": the noun it describes
    return subject if subject is not None and lemma_forms(subject) & (frame.heads - frame.verb_heads) else None


def _sending_participle(word: Token, frame: Frame) -> Token | None:
    """A participle of the frame's head with no auxiliary, agent or object that sends the class word somewhere
    (`to`) and describes it (`rescue teams from Turkey, flown to Morocco, began searching`), also where the parser
    made it the clause's verb with the word as its subject (`Medical teams from Cuba, sent to Haiti at the request
    of its council, began treating`): the word is what is sent, not who sends."""
    participles = [c for c in word.children if c.dep_ == "acl"] + ([word.head] if word.dep_ == "nsubj" else [])
    return next((verb for verb in participles if verb.tag_ in {"VBN", "VBD"} and lemma_forms(verb) & frame.heads
                 and any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in verb.children)
                 and not any(c.dep_ in {"dobj", "nsubjpass", "aux", "auxpass", "agent"} for c in verb.children)),
                None)


def _relative_clause_head(word: Token, frame: Frame) -> Token | None:
    """A relative clause of the frame's head on the class word whose object is that word: a clause with a subject of
    its own and no object but a relative pronoun (`the weapons that we have provided`, `the tanks Germany sent`)."""
    return next((verb for verb in word.children if verb.dep_ == "relcl" and lemma_forms(verb) & frame.heads
                 and any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in verb.children)
                 and all(c.tag_ in RELATIVE_TAGS for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})), None)


def _perfect_read_as_adjective(token: Token, frame: Frame) -> bool:
    """Whether the parser read a perfect (`had frozen assets`) as `have` with an object the head's participle
    describes: the participle just after `have` and before its object is the verb."""
    if token.dep_ != "dobj":
        return False
    have = token.head
    return (have.lemma_.lower() == "have" and have.i + 1 < token.i
            and any(c.dep_ == "amod" and c.i == have.i + 1 and lemma_forms(c) & frame.heads for c in token.children))


def _means_of_travel(token: Token) -> bool:
    """Whether a word names how someone travels, a bare singular noun after `by` (`by helicopter`, `by ship`): a
    word of its own (an article, a number, an owner, a modifier: `intercepts by PLA aircraft`) makes it a vehicle
    that acts or is sent."""
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.tag_ == "NN" and not any(token.children)


def _object_read_as_clause(token: Token) -> bool:
    """Whether the parser read a verb's plural object and the compound before it as a clause (`lifted asset freezes`:
    `asset` the subject of a verb `freezes`): a complement whose phrase opens right after its head, whose subject is
    the noun just before it, and which has no auxiliary, object, negation or mark of its own."""
    if token.dep_ != "ccomp" or token.tag_ != "VBZ":
        return False
    children = list(token.children)
    return (any(c.dep_ == "nsubj" and c.i == token.i - 1 and c.pos_ == "NOUN" and c.left_edge.i == token.head.i + 1
                for c in children)
            and not any(c.dep_ in {"aux", "auxpass", "dobj", "neg", "mark"} for c in children))


def _subjectless_passive(appositive: Token) -> Token | None:
    """The passive main verb an appositive before it is the subject of, where the parser hung that subject on the
    opening phrase (`By Presidential Decision published in the Official Gazette, the assets of 14 persons have been
    frozen`): a root with a passive auxiliary and no subject of its own."""
    root = next((t for t in appositive.ancestors if t.head.i == t.i), None)
    if (root is None or root.i < appositive.i or root.pos_ != "VERB"
            or not any(c.dep_ == "auxpass" for c in root.children)
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)):
        return None
    return root


def _stated_result(token: Token, frame: Frame) -> Token | None:
    """The complement of a copula whose subject (`nsubj`) is the object word (`persons whose funds are frozen`,
    `accounts remain blocked`): the state the measure leaves it in is the frame's act on it; so is the measure noun
    the object word is subject to (`the assets are subject to a freeze`), and the passive infinitive of an
    officialese order (`the funds are to be frozen`, `the vessel is to be seized forthwith`: `_ordered_passive`)."""
    if token.head.pos_ not in VERB_POS:
        return None
    states = [c for c in token.head.children if c.dep_ == "acomp"] + _ordered_passive(token.head)
    return next((c for c in states if lemma_forms(c) & frame.heads), None) or _measure_subjected_to(token, frame)


def _in_ordered_passive(participle: Token) -> bool:
    """Whether a participle is the act of an `is to be` order (`the funds are to be frozen`): the copula's subject
    is what is done to, no one acting."""
    return any(participle in _ordered_passive(copula) for copula in (participle.head, participle.head.head))


def _ordered_passive(copula: Token) -> list[Token]:
    """The participles of `is to be` + participle, an order told as what is to happen (`are to be frozen`), however
    the parser hangs them: the copula's `to` infinitive, or the participle of its `be`, which the tagger may read as
    an adjective (`are to be frozen` after a `that` clause: `frozen` JJ, the complement of `be`)."""
    if copula.lemma_ != "be":
        return []
    infinitives = [c for c in copula.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)]
    return [p for c in infinitives for p in (c, *c.children)
            if p.tag_ == "VBN" and (p is c or p.dep_ in {"acomp", "xcomp"})
            or p.tag_ == "JJ" and p.dep_ == "acomp" and c.lemma_ == "be"]


def _measure_subjected_to(token: Token, frame: Frame) -> Token | None:
    """The frame's noun after `to` of a subjection word whose subject is the object word (`the funds are subjected
    to administrative freezing`, `the accounts are subject to blocking`, `the goods are liable to seizure`; classes.json
    `subjection_words`): a measure told as a state of affairs falls on its subject as on an object."""
    words = lexicon().roles["subjection_words"]
    holders = [token.head, *(c for c in token.head.children if c.dep_ in {"acomp", "oprd"})]
    for holder in holders:
        if holder.lemma_.lower() not in words and holder.lower_ not in words:
            continue
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if noun is not None and noun.pos_ in NOUN_POS and lemma_forms(noun) & frame.heads:
                    return noun
    return None


def _passive_description(token: Token, frame: Frame) -> tuple[Token, bool] | None:
    """A passive clause with no agent on the object word, or on the list it is in, of a measure a notice takes (`the
    list of weapons to be supplied from army stocks`, `shells that can be delivered to Ukraine`): the notice's own
    act, its issuer's, and (head, reverse). The climb asks only for the measures a document issues (types.json
    `document_issuer`; `troops deployed there` reports no deployment), and not with an agent (`property seized by
    government forces in the 1970s`: a past deed that describes the object), except for a delivery, whose agent is
    the supplier (`fighter aircraft transferred by France have arrived`); a buyer's word describes a delivery too
    (`tanks purchased from the United States arrived`). An active clause with its own subject is no such
    description (`the jets it had promised`: the promise, done before, describes the jets)."""
    if token.pos_ not in NOUN_POS:
        return None
    delivery = frame.type in DELIVERY_OR_DEPLOYMENT
    clauses = [c for c in token.children if c.dep_ in {"acl", "relcl"}]
    if (token.dep_ == "nsubj" and token.head.tag_ == "VBN"
            and not any(a.dep_ in {"aux", "auxpass"} for a in token.head.children)):
        clauses.append(token.head)  # "six F-16 aircraft acquired from Denmark landed": a participle read as the verb
    pledges = lexicon().cues["planned"]["pledges"]
    for c in clauses:
        if lemma_forms(c) & pledges and _delivered_by_own_verb(token, frame):
            continue  # "the F-16 jets promised by the Netherlands have been delivered": the promise carried out
        if lemma_forms(c) & frame.reverse_heads and _sent_by_own_passive(token, frame):
            continue  # "the first shipment of ammunition procured under the Czech initiative has been delivered to
            # Ukraine": the purchase sent on (not "HIMARS acquired from the United States were received")
        if (c.pos_ == "VERB"  # (a participle the tagger reads as a past tense: `helicopters acquired from Russia`)
                and (c.tag_ == "VBN" or c.tag_ == "VBD" and c.dep_ == "acl"
                     or any(a.dep_ == "auxpass" for a in c.children))
                and not any(a.dep_ == "nsubj" and a.i != token.i for a in c.children)
                and (delivery or not any(a.dep_ == "agent" for a in c.children))):
            forms = lemma_forms(c)
            if forms & frame.heads:
                return c, False
            if delivery and forms & frame.reverse_heads:
                return c, True
    return None


def _delivered_by_own_verb(token: Token, frame: Frame) -> bool:
    """Whether the verb of the object word's own clause is one of the frame's heads, giving or receiving (`the jets
    promised by the Netherlands have been delivered`)."""
    verb = _own_clause_verb(token)
    return verb is not None and bool(lemma_forms(verb) & (frame.heads | frame.reverse_heads))


def _sent_by_own_passive(token: Token, frame: Frame) -> bool:
    """Whether the verb of the object word's own clause is a passive of the frame's giving heads (`the shipment of
    shells procured under the initiative has been delivered to Ukraine`)."""
    verb = _own_clause_verb(token)
    return (verb is not None and bool(lemma_forms(verb) & frame.heads)
            and any(c.dep_ == "auxpass" for c in verb.children))


def _own_clause_verb(token: Token) -> Token | None:
    """The first verb above a word: the verb of the clause the word is in."""
    return next((a for a in token.ancestors if a.pos_ in VERB_POS), None)


def _controlled_head(verb: Token, frame: Frame, reach: int, only_controlled: bool = False
                     ) -> tuple[Token | None, bool, int]:
    """A verb that makes its object do a frame's act (`ordered troops to be ready to deploy`, `gave the consul 48 hours
    to leave the country`): the order is the act, of the one who gives it, and its own word sets the status (an order
    is planned, not a call on others). Asked `only_controlled` (the verb's indirect object), only the acts that name
    the measure as what the object is made to do count. A participle is no such act: it describes the object (`warned
    Ecuadorean soldiers patrolling the river to leave`, which the parser may hang on the verb)."""
    acts = frame.controlled_heads if only_controlled else frame.heads | frame.controlled_heads
    clauses = [c for c in verb.children
               if c.dep_ == "xcomp" and c.tag_ != "VBG" or c.dep_ == "advcl" and _is_infinitive(c)]
    for clause in clauses:
        if lemma_forms(clause) & acts:
            return verb, False, reach
        if len(clauses) < 4:
            clauses += [c for c in clause.children if c.dep_ in {"xcomp", "acomp"}]
    return None, False, 0


def _in_body_name(token: Token, bodies: frozenset[str]) -> bool:
    """Whether a word is part of an official body's capitalised name (`the Revenue Agency`, `the Trade Control
    Office`): it names what the office deals with, not a market or trade the sentence is about."""
    head = token
    while head.dep_ == "compound":
        head = head.head
    return (head.i != token.i and token.is_title and head.is_title and head.lemma_.lower() in bodies)


def _names_new_measures(heading: _Article) -> bool:
    """Whether a headline is about measures just taken (`Information on the new export prohibitions`, `Guidance on
    further restrictive measures`): a novelty word on a measure word itself, not on what merely concerns one
    (`Guidance on the new sanctions reporting portal`)."""
    new = heading.lex.notices["new_measures"]
    return any(t.lemma_.lower() in new["novelty"] and _described_noun(t).lemma_.lower() in new["measures"]
               for t in heading.doc if t.dep_ in {"amod", "dep"})


def _described_noun(modifier: Token) -> Token:
    """The noun an adjective describes: its head, or in a headline the parser left unparsed (every word a `dep`:
    `Information letter on the updated list of persons`) the last word of the run of words after it, before the
    first stop word or punctuation (`updated consolidated list`; `new sanctions reporting portal`: the portal), read
    off the words, as an unparsed headline has no parts of speech either."""
    if modifier.dep_ != "dep":
        return modifier.head
    noun = modifier
    for token in modifier.doc[modifier.i + 1:]:
        if token.is_stop or token.is_punct:
            break
        noun = token
    return noun


def _is_infinitive(clause: Token) -> bool:
    """A `to` clause (`to leave the country`, `to retake the village`)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _signal(article: _Article, candidate: Candidate) -> Signal | None:
    if candidate.type == "troop_buildup" and _moves_promised_materiel(article, candidate):
        candidate = Candidate("arms_delivery", candidate.trigger, candidate.strength, candidate.obj, candidate.reverse,
                              candidate.reach, candidate.recipient)
    if candidate.type in DELIVERY_OR_DEPLOYMENT and (_relief_sent_abroad(article, candidate)
                                                     or _sent_with_relief_cargo(article, candidate)):
        candidate = Candidate("aid", candidate.trigger, candidate.strength, candidate.obj, candidate.reverse,
                              candidate.reach, candidate.recipient)
    info = article.lex.types[candidate.type]
    trigger = candidate.trigger
    if candidate.type == "troop_buildup" and _purpose_of_gift(article, trigger):
        return None  # "the gift supports the deployment of the Lebanese army": what aid serves, no move reported
    if candidate.type == "troop_buildup" and candidate.obj is not None and _bought_goods(article, candidate.obj):
        return None  # "armoured vehicles purchased by the Haitian government were flown into Port-au-Prince": a
        # purchase delivered to its buyer, no move of forces
    if candidate.type == "troop_buildup" and (_moved_to_term(article, trigger, "sanctions", "on", "onto")
                                              or _moved_to_term(article, trigger, "talks", "for")):
        return None  # "placed Lockheed Martin's missiles unit on its unreliable entity list": a listing; "officers of
        # both armies gathered in Geneva for military commission talks": a meeting; no move of forces
    # the cheap guards that end most candidates come first; then the parties, and the candidates with none end (each
    # guard only drops: their order changes nothing else, so the other guards wait until a party is found)
    if candidate.obj is not None and trigger.pos_ in VERB_POS and (deadline := _deadline_acts(trigger)) and not any(
            lemma_forms(act) & article.lex.controlled_acts.get(candidate.type, frozenset()) for act in deadline):
        return None  # "gave Bosnian Serb forces until midnight to pull back": time given to comply, no goods (not
        # "gave 60 American diplomats until April 5 to leave": an expulsion)
    if (trigger.pos_ in VERB_POS and trigger.dep_ in DEMANDED_ACT_DEPS and candidate.type != "threat"
            and _deadline_of_act(trigger) is not None):
        return None  # "gave the rebels ten days to withdraw or hand over their weapons": what the ultimatum demands,
        # not done (the ultimatum is the threat)
    if candidate.strength == "weak" and candidate.type == "concession" and _eases_hardship(article, trigger):
        return None  # "docked in Venezuela, easing crippling fuel shortages": a hardship relieved, nothing conceded
    if candidate.strength == "weak" and trigger.pos_ in NOUN_POS and not _is_event(article, trigger):
        return None  # "after a meeting with": a passing mention
    if candidate.type == "talks" and _names_object(article, trigger):
        return None  # "struck what Islamabad called hideouts": a naming, no call
    if candidate.strength == "weak" and (trigger.dep_ == "relcl" or trigger.dep_ in {"acl", "amod"}
                                         and trigger.tag_ == "VBN") and not (
            _clause_hung_on_noun(trigger) or _past_verb_read_as_participle(trigger) or _narrates_at_place(trigger)
            or _office_hung_on_participle(article, trigger)):
        return None  # "an agreement Germany signed", "sanctions discussed by the West", "Rwanda-backed rebels",
        # "rebels backed by Rwanda": descriptions of a noun, not an act of the sentence (not "informs importers that
        # the import of coal is prohibited": a clause of its own, which the parser hung on the noun before it; not
        # "fighters killed 40 farmers": a past verb with its object, nor "OFAC designated entities": the office's)
    sent = article.sentence(trigger)
    civil = sent.start in article.civil_sents   # a space launch, a museum, a scout camp
    if civil and candidate.obj is not None and article.classes.get(candidate.obj.i, set()) & article.context_objects:
        return None  # "returned 478 artefacts to Indonesia, including a kris": a piece of heritage, no weapon given
    framed = (candidate.obj is not None and not civil
              and any(article.classes.get(o.i, set()) & article.context_objects for o in _counted_goods(article,
                                                                                                    candidate.obj)))
    # (materiel a service receives is military by its receiver: `three aircraft landed at Nevatim Air Base`)
    military_words = (article.sentence_words(sent, "military") or framed
                      or candidate.type == "arms_delivery" and candidate.recipient is not None)

    security = []   # whether security forces act, once read

    def military() -> bool:
        """A military sentence or frame, else security forces acting: their clause is read only when a guard asks, and
        once (many guards ask)."""
        if military_words:
            return military_words
        if not security:
            security.append(_security_forces_act(article, trigger))
        return security[0]

    civilian = (article.sentence_words(sent, "civilian") and not _civilian_only_on_list(article, candidate, sent)
                and not _civilian_only_as_trigger_verb(article, trigger, sent)
                and not _civilian_only_as_date(article, sent) and not _civilian_only_as_end_user(article, sent)
                and not _civilian_only_as_count(article, sent)
                and not ((info.type or candidate.type) not in DEESCALATION_TYPES
                         and _civilian_only_in_condition(article, trigger, sent))
                or civil or sent.start in article.sport_sents or sent.start in article.match_sequels)
    if civilian and candidate.strength == "weak" and not military() and not _blast_told_as_attack(article, trigger):
        return None  # sport, markets, culture: "England's attack" (not a blast that kills at a market)
    if civil and candidate.obj is not None and (info.type or candidate.type) not in DEESCALATION_TYPES:
        return None  # "launched its heaviest rocket into orbit": the object is no weapon or force there, whoever acts
    escalation = (info.type or candidate.type) not in DEESCALATION_TYPES
    measure = info.plover in MEASURE_PLOVER
    source, target, joint = _ends(article, candidate, info)
    if candidate.type == "arms_delivery" and _group_gives_up_arms(article, trigger, source, target):
        candidate = Candidate("concession", trigger, candidate.strength, candidate.obj)
        info = article.lex.types[candidate.type]   # "FARC rebels handed over their last weapons to UN monitors"
        escalation, measure = False, info.plover in MEASURE_PLOVER
    if (candidate.type == "agreement" and not (source or target) and trigger.pos_ in NOUN_POS
            and _said_in_force(article, trigger)):
        source, target = _accord_in_force_ends(article, trigger)
    mandating = _mandating_state(article, trigger) if info.plover in MEASURE_PLOVER else None
    if info.plover in MEASURE_PLOVER and escalation and not target:
        target = _answered_party(article, trigger)   # "sanctions imposed in response to Russia's war": Russia's
    source = mandating or source   # "frozen by Canadian banks under measures Ottawa announced": Ottawa's measure
    if candidate.prohibited and lemma_forms(trigger) & article.lex.notices["entry_verbs"]:
        refused_by, refused = _entry_refused(article, trigger)   # (a party the actor layer cannot code: the notice's)
        source, target = (refused_by, refused) if refused else (None, None)
    if candidate.type == "sanctions" and _grants_of(article, trigger) and _grant_for_trade(article, trigger):
        target = _refused_destination(article, trigger) or target   # "refused an export licence to a distributor in
        # the United Arab Emirates": the destination, not the applicant's home
    if escalation and candidate.type == "sanctions" and target is None and _rationed_at_home(article, candidate):
        return None  # "Chile cut water supplies to farms and vineyards": rationing at home, no sanction
    if info.plover == "AID":
        thanked, thankful = _thanked_for(article, trigger)
        if thanked:   # "gratitude to South Korea for the delivery": its `to` names the giver, not the recipient
            source, target = thanked, thankful or (None if target == thanked else target)
    if escalation and not source and _sport_discipline(article, candidate):
        return None  # "the Asian Football Confederation imposed sanctions on an Indonesian club": sport's own rules
    if candidate.type == "sanctions" and not target and _entry_to_site(article, trigger):
        return None  # "vessels are refused entry to the channel during dredging": a site's access, no state's
    by_document = False   # the measure is the notice's own: its obligations (`must freeze`) state it in force
    body = None           # the notice's issuer the gazetteer cannot code, by name
    if (not source and info.document_issuer and not civilian
            and (candidate.strength != "weak" or article.own_issuer or _by_legal_act(article, trigger))
            and not (info.plover in MEASURE_PLOVER and article.only_withdraws(candidate.type))):  # a delisting notice
        # a notice's measure: the state it takes effect in (`assets frozen in Italy`), else the document's issuer
        # (a delivery's place is where it arrives: `weapons are arriving in Ukraine` names the recipient)
        place = None if candidate.type in DELIVERY_OR_DEPLOYMENT else _jurisdiction(article, trigger)
        source = (place or _decreed_by(article, trigger) or _reporting_body(article, trigger)
                  or article.issuer(candidate.type, trigger))
        if not target and candidate.recipient is not None and _is_service_base(
                candidate.recipient, article.lex.notices["service_receipts"]):
            source, target = None, source  # "the aircraft were received at the air base": the notice's state's own
        received = candidate.reverse and _received_by_subject(article, trigger)
        if received and source == target:
            source = None  # "the Air Force has taken delivery of two helicopters": the receiver acts, it gives nothing
        # "The Competent Authority ... has amended the List"; not the named receiver's own ministry ("The Ministry of
        # Defence announces that the National Army has taken delivery of"), which gives nothing either
        receiver = _clause_subject(article, trigger)[1] if received else None
        if not source and candidate.type == "sanctions":   # "included in the list kept by the Committee"
            source, body = _list_keeper(article, trigger)
        body = body or (None if source or article.name_of(receiver) else (article.opening_body()
                                                                          or _decreeing_body(article, trigger)))
        if not (source or body or article.name_of(receiver)):  # "are hereby advised that the Minister has declared":
            source, body, _ = article.notice_issuer(_stated_as_obligation(article, trigger))  # the notice's acting body
        # (a receipt names its receiver, not the giver: the document's issuer gives nothing it says was received)
        source = source or (None if body or article.name_of(receiver) or candidate.reverse else article.own_issuer)
        by_document = bool(source or body)
        target = target or _law_topic(article, trigger)   # "the (Belarus) Regulations, which prohibit": Belarus's
    party = None   # a notice's measure on a designated party, taken in the passive or by an unnamed body
    if (measure and info.document_issuer and not (source or civilian or body and target)
            and not (article.only_withdraws(candidate.type) or article.grants_relief())):
        party = _designated_party(article, trigger, candidate.prohibited or candidate.obliged, candidate.obliged,
                                  candidate.obj)
        by_document = by_document or party is not None
        target = target or (party is not None and article.code_of(party)) or None
    if (candidate.type == "arms_delivery" and _named_only_by_capability(article, candidate)
            and not ((source or target) and article.sentence_words(sent, "military"))):
        return None  # "will provide the Ukrainian government with cloud capabilities": a capability is materiel only
        # for a state in a military sentence ("provide Ukraine with capabilities to meet its battlefield requirements")
    if candidate.type == "arms_delivery" and source and _given_to_own_forces(article, candidate, source):
        return None  # "Russia handed new tanks to its brigades in the west": a state equips its own forces
    if candidate.type == "arms_delivery" and _fitted_platform(article, trigger):
        return None  # "the destroyer is armed with BrahMos missiles": what a ship carries, no weapons given
    if candidate.type == "arms_delivery" and _borne_by_fighters(article, trigger):
        return None  # "paramilitaries carrying assault rifles swept into the town": weapons borne, none delivered
    if (candidate.type == "arms_delivery" and (not source or source == target)
            and _built_at_home(article, candidate.obj, target)):
        return None  # "the Naval Forces commissioned the first locally built corvette": a state's own production
    if source and source == target:
        target = None
    source_ref, target_ref = article.ref(source), article.ref(target)
    # relief no giver is named for is aid to the place it reaches (`a convoy carrying flour entered Gaza`)
    relief_to = _relief_destination(article, candidate) if candidate.type == "aid" and not source else None
    if not (source or target):
        # no state or organisation code: a named party will do (checked below: in a military sentence for
        # escalation, or for a word that names the measure outright in a government office's sentence (`the
        # Treasury sanctioned`), or for a coercive measure a named party announces or threatens (`farmers
        # threatened to blockade Paris`)); a candidate with no party at all ends here, before the office is read
        source_ref, target_ref = _named_ends(article, candidate)
        # the notice's body takes the measure, not the party it obliges (`Reporting entities must freeze`)
        source_ref = ActorRef(name=body) if body else source_ref
        if party is not None:   # `the member State concerned`: the notice's own name for the party
            target_ref = target_ref or ActorRef(name=article.doc[party.left_edge.i:party.i + 1].text)
        target_ref = target_ref or relief_to
        if info.plover in FORCE_PLOVER and not (source_ref or target_ref) and military():
            target_ref = article.ref(_force_place(article, candidate, info))  # "fighting broke out in Juba"
        victims = _violence_with_victims(article, candidate, military) or _cyberattack_on_state(article, candidate)
        staged = info.any_named_party and source_ref is not None and not civilian  # "opposition lawmakers walked out"
        if not (source_ref or target_ref or victims or _struck_by_weapon(article, candidate)
                or _attack_told_with_its_object(candidate)
                or info.needs_counterpart and _parties_to_each_other(article, trigger)):
            return None  # (talks between parties the text names by a plural are theirs: "talks between the heads of
            # state of the region")
    # (the guards below only drop, read once a party is found: a third of the candidates have none)
    if measure and article.only_withdraws(candidate.type) and _list_changed(article, trigger):
        return None  # "The UK Sanctions List has been amended to reflect this change", in a notice that only delists:
        # the change is the delisting
    if _names_countermeasure(trigger, article.lex.roles):
        return None  # "counter-IED equipment", "anti-drone systems": the kit against the device, no attack with it
    if candidate.type == "attack" and _carries_out_instrument(article, trigger):
        return None  # "is charged with the execution of the present decree": the act is carried out, no one killed
    if candidate.strength == "weak" and _opens_hyphenated_modifier(trigger):
        return None  # "a hit-and-run driver", "a shoot-to-kill policy": a word of a noun's description; the act, if
        # any, is the noun's own ("hit-and-run raids")
    if candidate.obj is None and (lemma_forms(trigger) & article.requests) - {trigger.lemma_.lower()}:
        return None  # "Russia's call for a rewriting": an appeal, not a phone call
    if candidate.strength == "weak" and candidate.obj is None and _other_phrasal_verb(candidate):
        return None  # "called out the champion for a fight", "called up reservists": another verb than a call
    if (info.type or candidate.type) in DEESCALATION_TYPES and _medium_of_report(trigger):
        return None  # "the FBI and Japan's police agency said in a joint statement": how the news was told
    if candidate.type == "talks" and candidate.strength == "weak" and (_conveys(article, trigger)
                                                                      or _holds_captive(article, trigger)):
        return None  # "released the reporter and flew him to Ankara": carried there, no visit; "the army is holding
        # thousands of refugees": held captive, no meeting held
    if _in_organisation_name(article, trigger) or _in_law_title(article, trigger):
        return None  # "the Office of Financial Sanctions Implementation", "the Embargo Act": a name
    if not info.document_issuer and _in_recital(article, trigger) and article.is_notice():
        return None  # "In view of the military aggression against Ukraine, the Government decrees that": the
        # occasion of a notice's measures, no event of the notice
    if trigger.lower_ in article.lex.roles["perpetrators"] and not _acting_agent(trigger):
        return None  # "police arrested the kidnappers", "kidnappers were jailed": the doers named, not their act
    if trigger.dep_ == "amod" and trigger.lower_ in article.lex.roles["counterpart_modifiers"]:
        return None  # "a pause agreed by the warring sides": the word names the parties, not a war
    if candidate.type == "threat" and _names_reported_act(article, trigger):
        return None  # "staged drills ..., calling them a stern warning", "in what Sarajevo called a show of force":
        # the name a speaker gives the act the sentence reports; the act is the event
    if _speaking_body(article, candidate):
        return None  # "the UN peacekeeping mission said": the body that reports, not one deployed
    if _network_itself(article, trigger):
        return None  # "SWIFT is like an email service for banks", "work with SWIFT": the network, no one cut from it
    if _complied_with(article, trigger) or _screened_against(article, trigger) or _relayed_list(article, trigger):
        return None  # "help firms comply with export control regulations": a standing rule, not a measure taken
    if _withdrawn_from(article, trigger) or info.plover in MEASURE_PLOVER and (
            _withdrawn(article, trigger) or _relieved_regime(article, trigger) or _released_holding(article, trigger)):
        return None  # "removed from the Entity List", "the freeze on its assets has been lifted": what ends;
        # "a general licence under the Sanctions Law", "the exemption under EU restrictive measures": what is relieved;
        # "release funds that were frozen in error": what is given back
    scoped = _scope_denied(article, trigger)   # "the export prohibitions do not apply to personal belongings"
    if _conceded(article, trigger) or scoped and not (source and target):
        return None  # "a licence authorising payments notwithstanding the asset freeze": a measure already standing;
        # "the export prohibitions do not apply to personal belongings": what one leaves out (a measure whose
        # parties are named stands: "U.S. sanctions on Russia do not target food" tells the sanctions in force)
    policing = _unmade_by_subject(article, candidate)
    if info.plover == "ASSAULT" and _stated_as_quantity(article, trigger):
        return None  # "hotel occupation rates", a batsman's "strike rate", "a cost overrun": a measure
    if info.plover == "ASSAULT" and _figure_reaches_level(article, trigger):
        return None  # "shares in the group, which builds missiles, hit a record": a market report, no strike
    if info.plover == "ASSAULT" and _measure_as_doer(article, trigger):
        return None  # "sanctions have hit Russia's economy": what the measure does, no strike
    if (info.type or candidate.type) == "agreement" and _breached(article, trigger):
        return None  # "Pakistan violated the ceasefire", "a ceasefire violation", "a breach of the truce": the accord
        # stood before; its breach is what happened
    if info.plover == "ASSAULT" and _deal_as_object(trigger):
        return None  # "struck an agreement", "attacked the accord as a sell-out": the deal is made or decried
    if candidate.type == "restriction" and _curfew_on_things(article, candidate):
        return None  # "imposed a curfew on rolling suitcases", "a curfew on party boats": a town's rule on a trade
    if _unmade_by_modifier(article, candidate) or policing and not measure:
        return None  # "hunger strike", "invasion forces", "attack helicopters", "police raided": not an event
    if _disciplines_post_holder(article, candidate):
        return None  # "the Vatican suspended a bishop": discipline of one who serves, not a measure on a party
    if _aimed_at_money(article, candidate) or _aimed_by_sanctioning_voice(article, candidate):
        return None  # "OFAC targeted an evasion network", "target the funds of oligarchs": a measure's aim, no force
    if candidate.type == "sanctions" and (_civil_measure(article, candidate) or _designated_to_serve(article, trigger)):
        return None  # "banned a noodle brand after tests found ethylene oxide", "froze new permits to protect its
        # aquifer", "the sports ministry ended a funding freeze": health, safety or housing rules, no penalty
    if info.plover == "ASSAULT" and (_unarmed_campaign(article, candidate) or _team_play(article, candidate, sent)):
        return None  # "an invasion of stink bugs", "Kenyan runners completed another invasion of the podium", "a
        # tactical ambush from a rival": no armed party falling on a place or people
    if ((info.type or candidate.type) in DEESCALATION_TYPES and trigger.pos_ in VERB_POS
            and any(c.dep_ == "auxpass" for c in trigger.children) and (
                _prep_objects(trigger, "with") or any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)
                and lemma_forms(trigger) & article.lex.cues["threatened"]["answering_verbs"])):
        return None  # "would be met with force", "was received with anger": a reception, not a meeting, also where
        # the parser made a clause of what it is met with ("met with \"fire and fury like the world has never
        # seen\""); not "were flown in, with 500,000 doses arriving": a clause of its own
    if ((info.type or candidate.type) not in DEESCALATION_TYPES and _accused(article, trigger)
            and not (measure and _evaded(article, trigger))):
        return None  # "blamed Israel for the bombing": the sentence reports the accusation, not the attack (the
        # evasion of a measure is what is charged: "involved in attempts to evade sanctions imposed on Russia")
    if candidate.type in DELIVERY_OR_DEPLOYMENT_KINDS and _cargo_of_target(article, trigger):
        return None  # "threatened to attack trucks carrying fuel", "any tanker carrying fuel to Israel would be
        # seized": what the target carries, not a delivery
    if candidate.type in DELIVERY_OR_DEPLOYMENT_KINDS and _equipment_described(candidate):
        return None  # "gunmen armed with rifles stormed a village": what a party carries, not a delivery to it
    if candidate.type in DELIVERY_OR_DEPLOYMENT and _business_recipient(article, candidate):
        return None  # "the Turkish airline will take delivery of 25 jets", "delivered jets to a carrier": a sale
    if candidate.type == "arms_delivery" and trigger.pos_ in NOUN_POS and _names_sector(article, trigger):
        return None  # "operating in the defense and related materiel sector of the Russian economy": an industry
    if candidate.type == "arms_delivery" and _sold_to_civil_customers(article, candidate):
        return None  # "its drones had been sold mostly to farmers and surveyors": a civil sale, no arms delivery
    if candidate.type in DELIVERY_OR_DEPLOYMENT and _relief_craft(article, candidate, sent):
        return None  # "Italy dispatched a helicopter as blazes spread near Athens": relief against a fire
    if candidate.type == "mobilization" and _counted_as_victims(article, trigger):
        return None  # "killing three police reservists", "two conscripts were wounded": casualties, no call-up
    if candidate.type == "mobilization" and _serving_person_acting_otherwise(article, trigger):
        return None  # "a conscript reached the final of a chess tournament": a person doing something else
    if info.plover == "ASSAULT" and _failed_in_flight(article, trigger):
        return None  # "a private rocket exploded in a fireball four minutes after lift-off": a failed launch
    if info.plover == "ASSAULT" and _accidental_deaths(article, trigger):
        return None  # "six miners were killed when a shaft collapsed", "died in a bus crash": an accident
    if candidate.type in DELIVERY_OR_DEPLOYMENT | {"mobilization"} and (_civil_purpose(article, candidate)
                                                                        or _of_former_members(article, candidate)
                                                                        or _one_persons_service(article, candidate)
                                                                        or _sent_to_public_event(article, candidate)):
        return None  # "sent soldiers of its emergency unit to help fight forest fires", "will deploy drones to spray
        # crops", "mobilised soldiers to fill sandbags": relief or civil work; "veterans of the Soviet army gathered",
        # "the actor, a former conscript": no force moves; "sent its army wrestling squad to the Asian championships":
        # a team at an event
    if escalation and _approving_sense(article, candidate):
        return None  # "has sanctioned 18 billion rupees for a metro line": approved, not a penalty
    if ((info.plover in MEASURE_PLOVER or info.plover == "ASSAULT" and trigger.pos_ in VERB_POS)
            and _natural_cause(article, candidate)):
        return None  # "an ice blockade forced ferry operators to cancel crossings": weather, not a party's measure;
        # "warned that a walkout at its shafts would hit output": a stoppage that strikes no one
    if escalation and candidate.type == "military_exercise" and _engine_test(article, candidate, sent):
        return None  # "the space agency test-fired the engine of its launch vehicle": propulsion, no weapon
    # (each type reads only the guards that can drop it: they only drop, so which runs first changes nothing)
    if escalation and (_by_regulator(article, candidate, sent) or _depicted_in_work(article, trigger)
                       or _by_civil_body(article, candidate) or _scored(article, candidate)
                       or candidate.type == "sanctions" and (_press_embargo(article, candidate)
                                                             or _consumer_goods_rule(article, candidate, sent))
                       or info.plover == "MOBILIZE" and _metaphoric_force(article, candidate)
                       or candidate.type in {"attack", "threat"} and _figurative_attack(article, candidate, sent)
                       or candidate.type == "attack" and (
                           _pelted_with_words(article, candidate) or _struck_with_measure(article, candidate)
                           or _seized_goods(article, candidate, sent) or _seized_rule(article, candidate)
                           or _lone_shooter(article, candidate, sent))):
        return None  # "the drug regulator banned a pill imported from China", "a drama about a Russian invasion of
        # Norway", "the Tartan Army is preparing for an invasion of Boston", "fired seven three-pointers over the
        # Rockets"; sanctions: "the report is under embargo", "announced a ban on the import of disposable vapes";
        # a mobilisation: "an army of volunteer nurses will be deployed"; an attack or threat: "targeting commuters
        # in Manila", "a triumphant invasion of the French stage"; an attack: "was hit with sanctions by World
        # Rugby", "the navy seized fishing nets", "the army seized power in Niamey", "a lone gunman opened fire in a
        # supermarket"
    if candidate.type == "sanctions" and not candidate.punitive and _charge_relieved(trigger):
        return None  # "import duty on electric vehicles is suspended": a tax relief, no measure against anyone
        # (fees held back "in retaliation" are no relief)
    if policing and not ((source or body) and (target or article.speaks_for_issuer()
                                               and _act_names_party(article, trigger))):
        return None  # "police suspended the licence": policing at home; not "border police banned entry to 14
        # Russian citizens", "Chinese customs suspended imports of Lithuanian beef", a customs notice's ban on goods
        # produced in Belarus, a customs notice suspending clearance of goods bound for the listed companies: a
        # state's measure on another's
    if (info.plover in {"ASSAULT", "THREATEN"} and civilian and not source
            and not (framed or _military_beside(article, sent, trigger) or _security_forces_act(article, trigger)
                     or candidate.type == "cyberattack" and _struck_by_weapon(article, candidate)
                     or _blast_told_as_attack(article, trigger))):
        return None  # "the band's tour invaded arenas across the American midwest", "the blockbuster bombed at the
        # box office", "the midfield declared war on the Chilean back line": in everyday news, no one behind it (a
        # ransomware gang is someone: no metaphor)
    if escalation and trigger.pos_ in VERB_POS and not candidate.punitive and not (
            source and candidate.strength == "term" and info.plover in MEASURE_PLOVER) and any(
            "civilian" in article.classes.get(c.i, ()) for c in trigger.children if c.dep_ == "dobj"
            and _counted_word(c) is c) and not military():
        return None  # "tariffs would threaten its profits", "attacked the market leader's share": an everyday object
        # (not one a state names a measure on: "OFAC sanctioned Hydra Market, the largest darknet market"; nor a count
        # of what is struck: "killing scores of detainees")
    if candidate.type == "diplomatic_rupture" and not source and _expels_a_company(article, trigger):
        return None  # "Russia's chess federation was expelled from the European body": a member body, no envoy
        # (a state or organisation that expels a foreign firm from its register sanctions it)
    if escalation and trigger.pos_ in VERB_POS and any(
            _natural_foe(article, c) for c in trigger.children if c.dep_ == "dobj"):
        return None  # "firefighters battled the flames", "fought a wildfire", "are fighting a locust invasion": a
        # fight with fire, flood, disease or pests
    # (in a notice, "banks must freeze the funds" is the notice's own measure, its issuer's)
    # a ship, a plane or staff is a company's too (`Maersk will deploy twelve vessels`); troops and howitzers are not
    company_kit = (framed and bool(lemma_forms(candidate.obj) & article.lex.roles["civil_kit"])
                   and not article.sentence_words(sent, "armed_services"))  # not "delivered two jets to the Air Force"
    if (escalation and (company_kit or not framed) and not by_document and not mandating
            and not _own_agent(article, trigger, source)
            and candidate.recipient is None and not _received_by_service(article, candidate) and _uncoded_named_subject(
            article, trigger, source, (lambda: _military_besides_kit(article, sent, candidate.obj)) if company_kit
            else military)):
        return None  # "Ryanair threatened to cancel flights to Ireland": a company's terms, not a state's measure
        # (materiel a manufacturer hands over to a state's armed service is the service's, no commercial act)
    # a measure the document's issuer is only lent to must still fall on someone (not `vessels exceeding 400 metres be
    # denied entry to the inner harbour`): a rule at home
    stated = by_document and not article.own_issuer
    if (article.own_issuer and source == article.own_issuer and candidate.type == "sanctions" and not target
            and party is None and not _clause_names_party(article, trigger, source, craft=False)
            and not article.lists_record_party()):
        return None
    if info.plover in MEASURE_PLOVER and _precaution(article, candidate, sent, source):
        return None  # "closed two crossings to livestock trucks as a precaution": safety at home, no one punished
    if ((not (target or stated) or _explains_market_move(article, trigger))
            and _domestic_trade_or_licence(article, candidate, sent)):
        return None  # "India banned exports of onions", "threatened to suspend the licences of striking doctors":
        # trade policy or a labour dispute at home, not a measure against a state; in a market report
        # ("shipments to Kenya jumped after Vietnam curbed exports") a state named outside its clause is the market's
    if (candidate.type == "sanctions" and not target
            and _rule_on_home_institutions(article, candidate, sent, source)):
        return None  # "a directive barring schools from holding classes on Saturdays": a rule at home, also when a
        # legal act states it
    if (candidate.type == "sanctions" and not (target or stated or party is not None)
            and _falls_on_no_party(article, candidate, sent, source)):
        return None  # "France banned short-haul domestic flights", "Pakistan banned kite flying": a state's rule at
        # home, which no other state, official, firm or national bears
    if not (target or stated or party is not None) and _domestic_business(article, candidate, sent, source):
        return None  # "the High Court halted the sale of a golf course", "the council deployed more police officers
        # on the seafront", "raiding warehouses in Manila": a court's, council's or state's business at home
    # "the Treasury designated three firms", "the Council imposed restrictive measures"; an everyday word only
    # with a party it falls on (not "the Treasury said bond auctions would be suspended")
    office = info.plover in MEASURE_PLOVER and not civilian and (
        article.sentence_words(sent, "government") and (candidate.strength != "weak" or bool(
            target or _named_ends(article, candidate)[1]))
        or (candidate.strength != "weak" or bool(target)) and _by_governing_body(article, trigger)
        or _official_lists_parties(article, trigger) or _by_sanctions_office(article, trigger))
    # the status is read only for a candidate that has a party (most that have none end above)
    status = "actual" if scoped else _status(article, candidate, info, source, by_document)
    if status in ("planned", "proposed") and _concluded(article, trigger):
        status = "actual"  # "will provide boats under a grant agreement signed on Tuesday": the accord is concluded,
        # whatever is planned under it (not "a veto over any settlement reached": none is)
    if candidate.obliged and by_document and status == "proposed" or candidate.prohibited and (
            status == "denied" or trigger.dep_ == "relcl"):
        status = "actual"   # "may not be exported to Russia": the negation is the prohibition in force; "any person
        # who deals with ... commits an offence": the offence is in force (no promise `committed`)
    if (status == "hypothetical" and trigger.i in article.condition_clauses[0]
            and (not escalation or _demanded_in_condition(article, trigger))):
        return None  # "warned it would call a general strike if the president did not resign", "will face maximum
        # force unless it hands over its weapons": the act the promising party demands, no event of its own
    if (status in TAKEN_STATUSES and not (stated or party is not None)
            and _everyday_restriction(article, candidate)
            and (_restriction_without_bearer(article, candidate, sent, source)
                 or _restriction_for_public_event(article, candidate, sent, source))):
        return None  # "India extended a ban on wheat exports", "closed several border crossings to farm vehicles":
        # an everyday restriction word names a sanction only with the one it falls on (a threat falls on the one it
        # warns: "warned Minsk that Warsaw would close the border crossings if")
    if (escalation and (info.plover in FORCE_PLOVER or status in TAKEN_STATUSES
                        or _threatens_stoppage(article, trigger))
            and _by_civil_party(article, candidate)
            and (not source or source in article.lex.roles["humanitarian_bodies"]
                 or not article.sentence_words(sent, "military")
                 and (_body_named_for_its_home(article, trigger) or _nationals_of_state(article, trigger))
                 or _force_of_civilians(article, _clause_subject(article, trigger)[1])
                 or _for_civic_campaign(article, candidate, sent, source))):
        return None  # "a swarm of jellyfish invaded", "volunteers were mobilised", "workers staged a walkout", "the
        # Red Cross mobilised volunteers" (a relief body's volunteers), "the health ministry mobilised volunteers
        # for a polio immunisation blitz" (a state's civic campaign),
        # "Serbia's army of travelling fans occupied a stand", "Kenya's teachers threatened to strike": a state's name
        # on a crowd or a civil party is its nationality
    if (candidate.type in DELIVERY_OR_DEPLOYMENT | {"mobilization"}
            and (not target or target in (source, _force_home(article, candidate)))
            and _relief_at_home(article, candidate, sent)):
        return None  # "Pakistan deployed troops to flood-hit areas of Sindh to rescue stranded families": relief
    if info.plover == "MOBILIZE" and _civil_services_sent(article, candidate, sent, target not in (None, source)):
        return None  # "Italy's civil protection department mobilised volunteers and pumps": relief or public service;
        # "sent a medical brigade to Vanuatu": help abroad
    if info.plover == "MOBILIZE" and _policing_public_event(article, candidate, sent, target not in (None, source)):
        return None  # "police deployed extra officers to manage the festival crowds", "the army sent 3,000 soldiers
        # to secure the papal visit": order kept at an event
    if info.plover == "MOBILIZE" and _civil_alert(article, candidate, sent):
        return None  # "the weather office put ten provinces on red alert as a heatwave", "declared a national
        # emergency as wildfires spread": public safety, no forces put on a war footing
    if candidate.type == "threat" and (_threatens_own_post(article, trigger)
                                       or _threatens_civil_penalty(article, trigger)
                                       or _advice_to_public(article, candidate)
                                       or _risk_named_by_thing(article, candidate, sent)
                                       or _names_motive(article, trigger)):
        return None  # "threatened to resign", "police warned buyers about fake resale sites", "plant closures
        # could threaten supply": no one coerces another party; "banned imports in retaliation for": why it was done
    if not (source or target) and escalation and not (
            office or body or party is not None or candidate.strength != "weak" and article.sentence_words(
                sent, "government") or victims or staged or military()
            or _announced_measure(article, candidate, status, source_ref, civilian)
            or _struck_by_weapon(article, candidate)):  # "a ransomware gang encrypted servers"
        return None
    if status in ("hypothetical", "proposed") and info.plover == "ASSAULT" and _attempted(article, trigger):
        status = "actual"  # "an attempt to assassinate the governor was thwarted", "tried to storm the station":
        # the attack was made
    if candidate.strength == "weak" and escalation and not ((source and target) or status == "threatened"
                                                             or office or by_document or military()
                                                             or _struck_by_weapon(article, candidate, WEAPONS)
                                                             or _states_victims(article, trigger)
                                                             or _destroyed_by_attacker(article, candidate)
                                                             or _blast_told_as_attack(article, trigger)
                                                             or _group_strikes_ground(article, trigger)):
        return None  # an everyday word needs a military sentence, two states, an explicit threat, a weapon that
        # strikes (`a tanker was hit by a projectile`), a named group striking a place, craft or force, or, for a
        # measure, the office that takes it
    consented = status == "threatened" and _offered_on_consent(article, trigger, target)
    if status == "threatened" and (info.conditional_offer or consented):
        status = "proposed"  # "would meet the mediator if he gave them a veto", "would send troops if Maputo asked for
        # help": a conditional offer
    if status == "proposed" and candidate.reverse and _asks_to_acquire(article, trigger):
        status = "planned"  # "has requested to buy 612 Javelin missiles": the buyer's purchase, under way
    requested = status == "proposed" and _requested(article, trigger)
    if not escalation and not source and target:  # "Putin offered to negotiate with Armenia": a named party acts
        source_ref = _named_ends(article, candidate)[0]
    if (not escalation and not (source and target) and relief_to is None
            and not _one_party_act(article, candidate, source_ref, requested)
            and not _parties_to_each_other(article, trigger, requested, status == "actual")):
        return None  # (talks held or a deal agreed by parties named together are theirs: "a meeting of the Sahel
        # states' chiefs", "a deal was agreed between the government and the SDF")
    if info.needs_counterpart and not (target_ref or _named_ends(article, candidate)[1]
                                       or _parties_to_each_other(article, trigger, requested, status == "actual")):
        return None  # "the cabinet met": talks are with someone
    if not escalation and not target_ref and _own_business(article, candidate):
        return None  # "Parliament approved the budget": a body deciding its own affairs agrees with no one
    if status == "threatened" and info.threatened_type:  # a threat of force is a `threat`
        candidate = Candidate(info.threatened_type, trigger, candidate.strength, candidate.obj)
        info = article.lex.types[candidate.type]
    if info.pledged_type and (status in ("planned", "proposed") and consented
                              or status in ("planned", "proposed", "actual")
                              and _pledged_to_partner(article, trigger, source)):
        candidate = Candidate(info.pledged_type, trigger, candidate.strength, candidate.obj)
        info = article.lex.types[candidate.type]  # "promised to send 1,000 troops to Mozambique": help promised;
        # "sent 2,000 troops to Mozambique to help Maputo fight insurgents": help sent
    hedged = sent.start in article.hedged_sents
    plover, cameo = _coding(info, status, joint, requested)
    if info.prepared_plover and status in OVERRIDABLE and _readied(article, trigger):
        plover, cameo = info.prepared_plover, info.prepared_cameo
    if info.repression_plover and not (source and target) and _crowd_control_only(article, trigger):
        plover, cameo = info.repression_plover, info.repression_cameo  # "riot police fired tear gas and rubber
        # bullets at protesters": repression of a crowd at home (not "coast guard ships fired water cannon at a
        # Philippine supply vessel": one state's force on another's)
    if info.decided_plover and status == "planned" and _decided(article, trigger):
        plover, cameo = info.decided_plover, info.decided_cameo  # "ordered the expulsion": taken, not announced
    depth = sum(1 for _ in trigger.ancestors)
    # a feared event or the condition of a threat is no report of one (`threatened to strike Tel Aviv if Israel bombed
    # Beirut`): an event the sentence reports, the threat too, outranks it
    confidence = (STRENGTH_CONFIDENCE[candidate.strength] + 0.05 * bool(source and target)
                  - 0.1 * hedged - 0.03 * min(depth, 6) - 0.05 * (not (source or target))
                  - BACKGROUND_PENALTY * (_in_background(article, trigger)
                                          or candidate.type == "talks" and _setting_of_clause(article, trigger))
                  - HYPOTHETICAL_PENALTY * (status == "hypothetical"))
    text = article.sentence_texts.get(sent.start)   # built token by token: read once per sentence
    if text is None:
        text = article.sentence_texts[sent.start] = sent.text
    evidence = text.strip()
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return Signal(type=info.type or candidate.type, status=status, hedged=hedged, source=source_ref,
                  target=target_ref, evidence=evidence, start=start, end=start + len(evidence),
                  confidence=round(min(max(confidence, 0.05), 0.99), 3), plover=plover, cameo=cameo,
                  trigger=trigger.text)


@lru_cache(maxsize=None)
def _type_terms(kind: str) -> frozenset[str]:
    """The trigger terms of a signal type, lower-cased, of any strength and part of speech."""
    return frozenset(p.lower() for key, phrases in lexicon().terms.items() if key.startswith(f"T|{kind}|")
                     for p in phrases)


def _other_phrasal_verb(candidate: Candidate) -> bool:
    """Whether a one-word verb term stands on a verb that its particle makes another verb (`called out the champion`,
    `called up reservists`: no call), the phrasal verb being no term of the type."""
    trigger = candidate.trigger
    if trigger.pos_ not in VERB_POS or _particle(trigger.children) is None:
        return False
    return not lemma_forms(trigger) & _type_terms(candidate.type)


def _acting_agent(noun: Token) -> bool:
    """Whether a noun that names the doer of an attack (`kidnappers`) is the one acting in its clause: the subject of
    an active verb (`kidnappers seized a priest`) or a passive's agent (`were abducted by kidnappers`), also one of
    subjects listed together; as an object or a passive subject it names people acted on (`police arrested the
    kidnappers`)."""
    noun = _first_conjunct(noun)
    return noun.dep_ == "nsubj" or noun.dep_ == "pobj" and noun.head.dep_ == "agent"


def _designated_party(article: _Article, trigger: Token, prohibited: bool = False,
                      obliged: bool = False, obj: Token | None = None) -> Token | None:
    """The designated party a notice's measure falls on, where no one but an official body acts in its clause
    (`the export of fuel to the country concerned has been restricted`, `decided to suspend the rights of
    representation of the member State concerned`, `the funds held by these persons are frozen`): notices state
    their measures in the passive and name their parties in their own terms, which no issuer route reads. A
    company, a league or a club acting names no such body, and its measure stays its own. Who does an act a notice
    forbids or orders (`prohibited`: `any person who deals with`, `banks are directed to freeze`) is the party it
    obliges, not one acting. A measure a notice orders (`obliged`) falls on the designated party its sentence names
    after it, wherever the parser hangs the object (`must make unavailable, without delay, the assets of the listed
    persons`). A passive measure verb whose passive subject the parser hung elsewhere (`By order taken on the
    proposal of the Agency, the funds belonging to the persons listed in the annex are frozen`: the funds read as the
    Agency's apposition) falls on what its frame found as its object (`obj`)."""
    verb = None if prohibited else article.clause_verb(trigger)[0]
    passive = verb is not None and (_has_dep(verb, "nsubjpass") or _in_ordered_passive(verb))
    subject = _passive_agent(verb) if passive else (
        article.subject(verb) if verb is not None else None)   # `the Member concerned is suspended`: no one acts
    if subject is not None and (subject.lemma_.lower() in _measure_nouns() or subject.i in article.term_words()
                                or subject == trigger):
        subject = None   # "the measures prohibiting the import of goods from North Korea have been extended", "the
        # restrictions banning the export", "blocking of assets is to be applied": the measure itself, no one acting
    if subject is not None and not (article._official(subject) or article._is_legal_act(subject)
                                    or article.code_of(subject)):
        return None
    offence = prohibited and trigger.dep_ == "relcl"   # "any person who deals with ... commits an offence": the law
    if not (subject is not None or offence or obliged or prohibited and _forbidden_outright(article, trigger)
            or _official_act(article, trigger)):
        return None   # "Russia was banned from the Winter Olympics": no official act, a sport's ban
    notices = article.lex.notices
    arguments = _measure_arguments(trigger, notices["measure_prepositions"])
    if not arguments and obj is not None and (trigger.pos_ in VERB_POS and _has_dep(trigger, "auxpass")
                                              or trigger.pos_ in NOUN_POS):
        arguments = [obj, *obj.conjuncts]   # a measure noun another verb takes (`are requested to proceed to the
        # freezing of any funds belonging to the entity designated in the annex`): what its frame read as its object
    if not arguments and prohibited:
        arguments = _goods_hung_on_preposition(trigger, notices["party_participles"])
    if prohibited and lemma_forms(trigger) & notices["entry_verbs"]:   # "the persons named below may not enter"
        arguments += [entrant] if (entrant := _entrant(trigger, notices)) is not None else []
    if offence:   # "any person who makes funds available, directly or indirectly, to a designated person commits an
        # offence": the parser hangs the act's tail on the offence verb or on the person
        tail = notices["measure_prepositions"] - {"of"}
        arguments += _measure_arguments(trigger.head.head, tail) + _prep_objects(trigger.head, *tail)
    party = _party_in_phrase(arguments, lambda t: _is_designated_party(article, t), notices["party_participles"])
    if party is not None:   # through `of`/`to` phrases and describing participles
        return party
    if obliged:
        return next((t for t in article.doc[trigger.i + 1:article.sentence(trigger).end]
                     if _is_designated_party(article, t)), None)
    return None


def _goods_hung_on_preposition(act: Token, party_participles: dict[str, list[str]]) -> list[Token]:
    """Goods a forbidden act moves that the parser hung under one of its prepositions (`to import into the customs
    territory potash and cement originating in Belarus`: the goods read as the object of `into`), known by the
    participle that ties them, or the last of their list, to a party (notices.json `party_participles`)."""
    goods = [g for c in act.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
             for g in (p, *p.conjuncts)]
    return [g for g in goods if any(d.dep_ == "acl" and d.lower_ in party_participles for d in g.children)]


def _official_act(article: _Article, trigger: Token) -> bool:
    """Whether a measure no one acts in is an official act: the text is a notice, a verb that reports it has an
    official body or a state as subject (`the Forum Chair announces that the Member concerned is suspended`), or
    its sentence names a legal act or a body's decision (`By the decision taken`, `By ministerial regulation`)."""
    reporters = [article.subject(v) for v in list(trigger.ancestors)[:4] if v.pos_ in VERB_POS]
    if any(s is not None and (article._official(s) or article.code_of(s)) for s in reporters):
        return True
    sent = article.sentence(trigger)
    acts = article.legal_acts() + article.legal_acts("deciding_nouns")
    return any(sent.start <= act.i < sent.end for act in acts) or article.is_notice()


def _has_dep(token: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in token.children)


def _negated(verb: Token) -> bool:
    """Whether a verb is negated: by its own `not` (`were not delisted`), or by a `no` the parser hangs on the adverb
    it ends a state with (`will no longer be granted`, `may no longer be exported`): a stop from now on refuses too."""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and _has_dep(c, "neg") for c in verb.children)


def _passive_agent(verb: Token) -> Token | None:
    """The `by` agent of a passive verb, the one who acts in it (none in most notices)."""
    return next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)


def _measure_arguments(trigger: Token, prepositions: frozenset[str]) -> list[Token]:
    """What a measure applies to: a verb's object, passive subject and prepositional objects, the subject of the
    copula a participle completes (`the funds are frozen`), or for a measure noun that is its verb's subject or object
    the verb's prepositional objects (`restrictive measures are extended to four persons`)."""
    if trigger.pos_ in NOUN_POS:
        if trigger.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            return []
        # through the verb its clause completes (`blocking of assets is to be applied to 52 legal entities`)
        trigger = next((c for c in trigger.head.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS
                        and trigger.dep_ != "dobj"), trigger.head)
    arguments = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not arguments:   # "freeze without delay all accounts": the object the parser hung under a phrase between
        arguments = [g for c in trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                     for g in p.children if g.dep_ == "dobj"]
    arguments += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in prepositions
                  for g in c.children if g.dep_ == "pobj"]
    if trigger.dep_ == "acomp":
        arguments += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    arguments += [g for c in trigger.children if c.dep_ == "acl" for p in c.children
                  if p.dep_ == "prep" and p.lower_ in prepositions and p.lower_ != "of"
                  for g in p.children if g.dep_ == "pobj"]   # `export goods listed in Annex IV to Iran`: the parser
    # hangs the goods' participle, and the destination with it, on the verb
    arguments += [g for c in trigger.children if c.dep_ in {"oprd", "ccomp", "acomp"} and c.pos_ == "ADJ"
                  for p in c.children if p.dep_ == "prep" and p.lower_ in prepositions
                  for g in p.children if g.dep_ == "pobj"]   # `make funds available to these persons`
    return list(dict.fromkeys(arguments + [c for a in arguments for c in a.conjuncts]))   # (all of a list)


def _described_parties(noun: Token, party_participles: dict[str, list[str]]) -> list[Token]:
    """The nouns one step further in a noun's phrase: its `of`/`to`/`against` objects, the agents of the participles
    that describe it (`held or controlled by these persons`) and the objects of a participle that ties goods, funds
    or craft to a party (notices.json `party_participles`: `originating in the Russian Federation`, `belonging to the
    persons referred to`, `flagged in the DPRK`; also where the parser coordinates it with the noun); for an act of
    trade (`trade_act_nouns`), also its `with`, the trading partner (`commerce with the Republic of Haiti`)."""
    found = []
    trade = _trade_act(noun, lexicon().notices)   # "all trade with Haiti is suspended": the partner is the party
    for child in noun.children:
        if child.dep_ == "prep" and (child.lower_ in {"of", "to", "against", "on"} or trade and child.lower_ == "with"):
            found += [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
        elif child.dep_ == "acl" or child.dep_ == "conj" and child.lower_ in party_participles:
            participles = [child, *(c for c in child.subtree if c.dep_ == "conj" and c.pos_ in VERB_POS)]
            found += [g for verb in participles for a in verb.children if a.dep_ == "agent"
                      for g in a.children if g.dep_ == "pobj"]
            found += [g for verb in participles for a in verb.doc[verb.i + 1:verb.i + 2]   # wherever it is hung
                      if a.dep_ == "prep" and a.lower_ in party_participles.get(verb.lower_, ())
                      for g in a.children if g.dep_ == "pobj"]
    return found + [c for f in found for c in f.children if c.dep_ == "conj"]


def _is_designated_party(article: _Article, token: Token) -> bool:
    """Whether a noun names a designated party: a state or organisation the actor layer codes, or a notice's own
    term for one (`the Member concerned`, `persons so named`, `these persons`, `four natural persons`, `the entities
    in the attached list`: a `listing_nouns` word as its `in` or `on`)."""
    if token.pos_ not in NOUN_POS:
        return False
    notices = article.lex.notices
    if token.pos_ == "PROPN" and article.code_of(token):
        return True
    if token.lemma_.lower() not in notices["designated_party_nouns"]:
        return False
    return any(c.lower_ in notices["designating_modifiers"] and c.dep_ in {"acl", "amod"}
               or c.dep_ == "det" and c.lower_ in notices["designating_determiners"]
               or c.dep_ == "nummod" and c.like_num
               or c.dep_ == "prep" and c.lower_ in {"in", "on"} and any(
                   g.lemma_.lower() in notices["listing_nouns"] for g in c.children if g.dep_ == "pobj")
               for c in token.children)


def _civilian_only_on_list(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether a measure's sentence has everyday words only on the parties it puts on a list or on the list itself
    (notices.json `listing_nouns`: `adds eleven foreign companies to the list of prohibited end-users`, `five trading
    companies have been added to the list`), or only in the list after a colon that follows the measure (`the assets
    of the persons named below shall be frozen: ..., Sahel Logistics Limited`): a listing names whom it falls on,
    business or not, and is no market news for that."""
    trigger, listed = candidate.trigger, candidate.obj
    if candidate.type != "sanctions":
        return False
    colon = next((t.i for t in article.doc[trigger.i:sent.end] if t.text == ":"), sent.end)
    if all(i > colon for i in range(sent.start, sent.end) if "civilian" in article.classes.get(i, ())):
        return True   # "the assets of the persons named below shall be frozen: ..., the Volta Trading Company"
    if listed is None or trigger.pos_ not in VERB_POS:
        return False
    lists = [p for p in _prep_objects(trigger, "to", "on", "onto", "in", "into")
             if p.lemma_.lower() in article.lex.notices["listing_nouns"]]
    if not lists:
        return False
    described = {t.i for head in (listed, *lists) for t in head.subtree}
    return all(i in described for i in range(sent.start, sent.end) if "civilian" in article.classes.get(i, ()))


def _civilian_only_as_trigger_verb(article: _Article, trigger: Token, sent: Span) -> bool:
    """Whether the sentence's only `civilian` word is the trigger verb itself, matched through a noun of the class
    that shares its lemma (`gang members stormed the town`: a `storm` of criticism), in a sentence that names an armed
    attacker or a weapon: the verb is their act, it sets no everyday scene (without one the verb keeps its everyday
    senses: `the coach stormed out of the room`)."""
    if trigger.pos_ != "VERB" or "civilian" not in article.classes.get(trigger.i, ()):
        return False
    if not article.sentence_words_any(sent, ("attackers", *WEAPONS)):
        return False
    return not any("civilian" in article.classes.get(t.i, ()) for t in sent if t.i != trigger.i)


DATING_PREPOSITIONS = frozenset({"in", "during", "over", "for", "since", "through", "throughout"})


def _civilian_only_as_end_user(article: _Article, sent: Span) -> bool:
    """Whether the sentence's `civilian` words only name where controlled goods end up (notices.json
    `destination_nouns` after one of `destination_modifiers`: `licences for exports to end users in Iran were
    denied`): the end user of an export licence is the party a control falls on, no everyday scene."""
    destinations = article.lex.notices["destination_nouns"]
    civilian = _civilian_words(article, sent)
    modifiers = article.lex.notices["destination_modifiers"]
    return bool(civilian) and all(
        t.lemma_.lower() in destinations and t.i > sent.start and article.doc[t.i - 1].lower_ in modifiers
        for t in civilian)   # (the word before, whatever the parser makes of it: `to end users` read as a verb)


def _civilian_words(article: _Article, sent: Span) -> list[Token]:
    """The sentence's words of the `civilian` class (sport, markets, culture), which the `_civilian_only_*` checks
    read."""
    return [t for t in sent if "civilian" in article.classes.get(t.i, ())]


def _civilian_only_as_date(article: _Article, sent: Span) -> bool:
    """Whether the sentence's `civilian` words only date an act (classes.json `dating_words` as a time adjunct of a
    verb: `Handed over this quarter: 4 patrol boats`, `delivered in the third quarter`), in a sentence that names a
    weapon: a period of the calendar sets no market scene there (`profits rose this quarter` names no weapon)."""
    if not article.sentence_words_any(sent, WEAPONS):
        return False
    dating = article.lex.roles["dating_words"]
    civilian = _civilian_words(article, sent)
    return bool(civilian) and all(
        t.lower_ in dating and (t.dep_ == "npadvmod" and t.head.pos_ in VERB_POS
                                or t.dep_ == "pobj" and t.head.lower_ in DATING_PREPOSITIONS
                                and t.head.head.pos_ in VERB_POS)
        for t in civilian)


def _civilian_only_as_count(article: _Article, sent: Span) -> bool:
    """Whether the sentence's `civilian` words only count what their `of` names (`killing scores of detainees`): a
    number of people or things, no match's scores."""
    civilian = _civilian_words(article, sent)
    return bool(civilian) and all(_counted_word(t) is not t for t in civilian)


def _civilian_only_in_condition(article: _Article, trigger: Token, sent: Span) -> bool:
    """Whether the sentence's `civilian` words all lie in the condition an escalation answers (`would not stand idle if
    drilling ships entered its waters`, `would strike back if the company resumed mining`, `would attack Vietnamese
    outposts if drilling by Spain's Repsol went ahead`): the business named is what the threatener warns against, no
    market scene around the threat."""
    conditions = [c for c in trigger.children if c.dep_ == "advcl" and _is_condition(article, c)]
    if not conditions:
        return False
    inside = {t.i for c in conditions for t in c.subtree}
    return all(t.i in inside for t in sent if "civilian" in article.classes.get(t.i, ()))


def _approving_sense(article: _Article, candidate: Candidate) -> bool:
    """Whether a word that names a penalty (classes.json `approving_terms`: `sanction`) is used in its other sense,
    approving: what is sanctioned is a sum of money, funds, a loan, a project or a work to be built (`approvals`:
    `sanctioned 18 billion rupees for a metro line`, `funds were sanctioned for a bridge`, `accorded sanction of
    $2 million`); a penalty falls on parties (`sanctioned 18 Russian officials`). A project or work with a proper name
    may be a penalty's object (`sanctioned the Arctic LNG 2 project`); a sum never is."""
    trigger = candidate.trigger
    if trigger.lemma_.lower() not in article.lex.roles["approving_terms"]:
        return False
    if trigger.pos_ in VERB_POS:
        things = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    elif trigger.tag_ == "NN":  # the plural `sanctions` is the penalty
        things = _prep_objects(trigger, "of", "for")
    else:
        return False
    for thing in things:
        named = any(w.pos_ == "PROPN" for w in thing.subtree if w.i < thing.i)  # "the Arctic LNG 2 project"
        if _named_party(article, thing):
            continue   # "sanctioned a key Russian sovereign wealth fund, the Russian Direct Investment Fund": a party
        if _is_money(article, thing):
            return True
        if "approvals" in article.classes.get(thing.i, set()) and not named and not article.cast.code_at(thing):
            return True
    return False


def _named_party(article: _Article, thing: Token) -> bool:
    """Whether a noun that may name money or a work names a party: a state's (`a key Russian sovereign wealth fund`)
    or one a proper name in apposition names (`the fund, the Russian Direct Investment Fund`)."""
    return any(c.dep_ in MODIFIER_DEPS and article.cast.code_at(c) or c.dep_ == "appos" and c.pos_ == "PROPN"
               for c in thing.children)


def _natural_cause(article: _Article, candidate: Candidate) -> bool:
    """Whether what blocks, cancels, halts, cuts off or hits is weather, nature or a breakdown (classes.json
    `natural_causes`: `an ice blockade`, `fog halted flights`, `a blizzard forced airlines to cancel flights`,
    `cancelled because of fog`) or a labour stoppage (`stoppages`: `a strike by dock workers halted exports`, `a walkout
    would hit output`) in a sentence with no military word, by no state (not `a missile strike`, `an Israeli strike`):
    no party's measure or attack, whoever is made to act. Read on the trigger noun and its modifiers, the clause's
    subject (the one that forces an infinitive's actor) with its modifiers and its `by`/`of`, and the causes the trigger
    or its verb names (`because of`, `due to`, `amid`, `after`)."""
    trigger = candidate.trigger
    sent = article.sentence(trigger)
    if not article.sentence_words_any(sent, ("natural_causes", "hazards", "stoppages")):
        return False  # the causes are words of the trigger's sentence: most sentences name none
    verb, subject = _clause_subject(article, trigger)
    holders = [t for t in (subject, trigger if trigger.pos_ in NOUN_POS else None) if t is not None]
    causes = holders + [c for t in holders for c in t.children if c.dep_ in MODIFIER_DEPS]
    if subject is not None:
        causes += _prep_objects(subject, "by", "of")
    if verb is not None and verb.dep_ in {"xcomp", "ccomp"}:  # "fog forced airlines to cancel flights"
        causes.append(article.subject(verb.head))
    causes = [c for c in causes if c is not None] + _misparsed_subjects(trigger)
    for word in {trigger, verb} - {None}:
        for prep in word.children:
            if prep.dep_ in {"prep", "agent", "advmod", "amod", "acomp"} and prep.lower_ in CAUSE_WORDS:
                causes += [p for c in (prep, *prep.children) for p in c.children if p.dep_ == "pobj"]
    military = article.sentence_words(sent, "military")
    for cause in causes:
        classes = article.classes.get(cause.i, set())
        if classes & {"natural_causes", "hazards"}:
            return True
        if "stoppages" in classes and not military and not _prep_objects(cause, "on", "against") and not any(
                c.dep_ in MODIFIER_DEPS and article.cast.code_at(c) for c in cause.children):
            return True  # not "an Israeli strike"
    return False


def _precaution(article: _Article, candidate: Candidate, sent: Span, source: str | None) -> bool:
    """Whether a measure is told as a precaution (classes.json `precautions`: `as a precaution`, `as a preventive
    measure`, `for safety reasons`, `out of caution`), the object of a preposition on the trigger or its clause verb,
    in a sentence with no military word but a frontier (`border crossings`) and a clause that names no party it falls
    on (not `closed the crossings into Gaza as a precaution`): a state guarding against a hazard at home, no measure
    against anyone."""
    if not article.sentence_words(sent, "precautions"):
        return False  # most sentences name no precaution
    if any("military" in (classes := article.classes.get(i, ())) and "frontiers" not in classes
           for i in range(sent.start, sent.end)):
        return False
    trigger = candidate.trigger
    verb = article.clause_verb(trigger)[0] or trigger
    preps = [p for word in {trigger, verb} for p in word.children if p.dep_ == "prep"]
    objects = [o for p in preps for o in (*(c for c in p.children if c.dep_ == "pobj"), *_prep_objects(p, "of"))]
    return (any("precautions" in article.classes.get(o.i, ()) for o in objects)
            and not _clause_names_party(article, trigger, source or "", craft=False))


def _misparsed_subjects(verb: Token) -> list[Token]:
    """The subject of a subordinate clause the parser read as a preposition's object (`as floods hit central
    provinces`: `floods` the object of `as`), for a verb with no subject of its own."""
    if verb.pos_ not in VERB_POS or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    return [o for p in verb.children if p.dep_ in {"prep", "mark"} and p.i < verb.i and p.lower_ in CLAUSE_MARKS
            for o in p.children if o.dep_ == "pobj"]


def _sport_discipline(article: _Article, candidate: Candidate) -> bool:
    """Whether a measure no state takes is a sport body's discipline: the acting body is named for its sport or
    is one of sport's bodies (classes.json `sport_parties`: `the Asian Football Confederation`, `World Rugby`,
    `the disciplinary committee of the Chinese Super League`, `UEFA`), also as the `by` of the measure or of its
    verb (`was hit with sanctions by World Rugby`), or the measure falls on a club, a team, a player or fans
    (`imposed sanctions on an Indonesian club`, `banned the sprinter for four years`), also as the passive subject
    (`Ireland's hockey federation was hit with sanctions`) or as the one a subject pronoun stands for (`the sports
    ministry said it accepted the sanction`)."""
    if (article.lex.types[candidate.type].plover not in MEASURE_PLOVER and candidate.type != "threat"
            or "sport_parties" not in article.doc_classes):
        return False
    trigger = candidate.trigger
    verb, subject = _clause_subject(article, trigger)
    parties = [candidate.obj] + _prep_objects(trigger, "on", "against", "by")
    if verb is not None:
        parties += [c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, "on", "against")
        parties.append(_passive_agent(verb))   # "was hit with sanctions by World Rugby"
        parties += [c for c in verb.children if c.dep_ == "nsubjpass"]  # "Ireland's hockey federation was hit with"
    if subject is not None and subject.lower_ in REPORTED_PRONOUNS:
        subject = _reporting_subject(subject)
    if subject is not None:
        parties += [subject, *_prep_objects(subject, "of")]
    parties += [c for p in parties if p is not None for c in p.children if c.dep_ in MODIFIER_DEPS]
    return any(p is not None and "sport_parties" in article.classes.get(p.i, ()) for p in parties)


def _by_regulator(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether the act's actor is a court, a regulator or a professional body (classes.json `regulators`: `the drug
    regulator banned a pill`, `a trade court seized the assets of a developer`, `the competition authority raided
    the offices of cement makers`, `the law society imposed sanctions on a lawyer`), not a military one (`a military
    court`): domestic regulation and law enforcement, whatever state's name is on the body or the goods; but not
    when it bars a trade flow from or to a state (`the agricultural watchdog barred imports of flowers from
    Armenia`), a state's measure on another's trade."""
    if not article.sentence_words(sent, "regulators"):
        return False
    trigger = candidate.trigger
    subject = _clause_subject(article, trigger)[1]
    holders = [t for t in (subject, trigger if trigger.pos_ in NOUN_POS else None) if t is not None]
    bodies = [*(t for t in holders if t.i != trigger.i), *_prep_objects(trigger, "by")]
    bodies += [c for t in bodies for c in t.children if c.dep_ in MODIFIER_DEPS]
    if trigger.pos_ in NOUN_POS:
        bodies += [c for c in trigger.children if c.dep_ in MODIFIER_DEPS]
    if not any("regulators" in article.classes.get(b.i, ()) for b in bodies) or any(
            "military" in article.classes.get(b.i, ()) for b in bodies):
        return False
    flows = [o for o in (candidate.obj, *(c for c in trigger.children if c.dep_ == "dobj"),
                         *_prep_objects(trigger, "on")) if o is not None
             and "trade_flows" in article.classes.get(o.i, ())]
    return not any(article.cast.code_at(t) for flow in flows for t in flow.subtree)


def _engine_test(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether a weapons test fires an engine or a motor (classes.json `propulsion`: `test-fired the engine of its
    launch vehicle`, `test-fired a hydrogen-powered jet engine`) in a sentence with no weapon or military word but
    in a `not_objects` or `propulsion` phrase (`jet engine`, `rocket motor`) or, in a space setting (`civil_sents`),
    a `launchers` word (`the engine of its moon rocket`), by a party that is no state itself (a space agency, a
    company): a propulsion test. A state's own (`North Korea test-fired a high-thrust engine`) or one for a missile (`an
    engine for a new ICBM`) stays a weapons test."""
    if not article.sentence_words(sent, "propulsion"):   # (read for military exercises only)
        return False
    trigger = candidate.trigger
    tested = [candidate.obj, *(c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"})]
    if not any(t is not None and "propulsion" in article.classes.get(t.i, ()) for t in tested):
        return False
    armed = {"military", "weapons", "missiles", "munitions"}
    unarmed = {"not_objects", "propulsion", "launchers"} if sent.start in article.civil_sents else {
        "not_objects", "propulsion"}
    if any(article.classes.get(i, set()) & armed and not article.classes[i] & unarmed
           for i in range(sent.start, sent.end) if i != trigger.i):
        return False
    subject = _clause_subject(article, trigger)[1]
    actor = article.cast.actor_at(subject) if subject is not None else None
    return actor is None or actor.type != "country"


def _press_embargo(article: _Article, candidate: Candidate) -> bool:
    """Whether a measure holds a publication (classes.json `publications`): a press embargo on a report, study or
    statement (`the report is under embargo until Thursday`, `an embargo on the results`), no sanction."""
    if "publications" not in article.doc_classes:   # (read for sanctions only)
        return False
    trigger = candidate.trigger
    held = [candidate.obj, *_prep_objects(trigger, "on", "of")]
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under":  # "the report is under embargo"
        held.append(article.subject(trigger.head.head))
    return any(h is not None and "publications" in article.classes.get(h.i, ()) for h in held)


def _metaphoric_force(article: _Article, candidate: Candidate) -> bool:
    """Whether the force deployed or mobilised is a metaphor: a force word whose `of` names civil parties, crowds or
    organisms (`an army of volunteer nurses will be deployed`, `a legion of fans`), or whose owner is a troupe,
    charity, club or firm (`the theatre company's touring troops arrived`), also as the one that sends or deploys it
    (`the theatre company sent two troops of young actors on tour`, `the firm said it would deploy an army of
    engineers`). Read for MOBILIZE types only."""
    subject = _clause_subject(article, candidate.trigger)[1]
    sender = subject
    if subject is not None and subject.lower_ in REPORTED_PRONOUNS:
        sender = _reporting_subject(subject)   # "the firm said it would deploy": the firm
    for force in (candidate.obj, subject):
        if force is None or not article.classes.get(force.i, set()) & {"forces", "military"}:
            continue
        owners = _owners(force) + ([sender] if sender is not None and force is not subject else [])
        if _force_of_civilians(article, force) or any(_civil_owner(article, owner) for owner in owners):
            return True
    return False


def _medium_of_report(noun: Token) -> bool:
    """Whether a noun is the `in` of a reporting verb (`said in a joint statement`, `announced in a joint
    declaration`): the medium the news was told in, no accord of its own (whatever the statement reports stands)."""
    return (noun.pos_ in NOUN_POS and noun.dep_ == "pobj" and noun.head.lower_ == "in"
            and noun.head.head.pos_ in VERB_POS and noun.head.head.lemma_.lower() in quote_cues().verbs)


def _crowd_control_only(article: _Article, verb: Token) -> bool:
    """Whether everything an attack verb fires or uses is a crowd-control munition (classes.json `crowd_control`:
    `fired tear gas and rubber bullets`, `used water cannon`): policing a crowd, no attack (not `fired tear gas and
    live rounds`)."""
    if verb.pos_ not in VERB_POS:
        return False
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
    return bool(objects) and all("crowd_control" in article.classes.get(o.i, ()) for o in objects)


def _natural_foe(article: _Article, token: Token) -> bool:
    """Whether an object is a hazard (`the flames`) or what pests or a hazard do (`a locust invasion`, `an invasion
    of bark beetles`, `an outbreak of blight`): its modifiers or `of` are `organisms` or `hazards`."""
    words = [token, *(c for c in token.children if c.dep_ in MODIFIER_DEPS), *_prep_objects(token, "of")]
    return any(article.classes.get(w.i, set()) & ({"hazards", "organisms"} if w is not token else {"hazards"})
               for w in words)


def _force_of_civilians(article: _Article, force: Token) -> bool:
    """Whether a force word's `of` names civil parties, crowds, organisms or traders (`an army of travelling fans`, `a
    legion of volunteers`, `an army of street vendors`): a figure of speech for many people, no armed force."""
    if force is None:
        return False
    for member in _prep_objects(force, "of"):
        words = [member, *(c for c in member.children if c.dep_ in MODIFIER_DEPS)]
        if any(article.classes.get(w.i, set()) & (NON_PARTY_CLASSES | {"traders"}) for w in words):
            return True
    return False


def _owners(force: Token) -> list[Token]:
    """Whom a force word belongs to: its possessor, `of` or `from` (`the circus's troops`, `troops from the club`)."""
    return [c for c in force.children if c.dep_ == "poss"] + _prep_objects(force, "of", "from")


def _civil_owner(article: _Article, owner: Token) -> bool:
    """Whether an owner is a body that bears no arms (classes.json `civil_owners`, `businesses`): its head word is
    one, and its phrase holds no military word and no party the actor layer codes but by a nationality or a place
    (`an Indian IT firm`, `a Nairobi consultancy`: its home; `the private military company's troops`, `troops of the
    Wagner company` stay forces)."""
    if not article.classes.get(owner.i, set()) & CIVIL_OWNER_CLASSES:
        return False
    phrase = [owner, *(c for c in owner.children if c.dep_ in MODIFIER_DEPS)]
    return not any("military" in article.classes.get(t.i, ()) or t.ent_type_ not in {"GPE", "NORP"}
                   and article.cast.code_at(t) for t in phrase)


def _counted_in_order(unit: Token) -> bool:
    """Whether a match-clock word is counted by a numeric ordinal (`the 88th minute`, `the 14th over`), as match
    reports time play; prose writes `the first minute` or `the fifth round of talks`."""
    return any(c.dep_ in {"amod", "nummod", "compound"} and c.text[:1].isdigit() and c.text[-2:].lower() in
               {"st", "nd", "rd", "th"} for c in unit.children)


def _scored(article: _Article, candidate: Candidate) -> bool:
    """Whether what a shooting verb (classes.json `shooting_acts`) fires is a score (`scores`: `fired seven
    three-pointers`, `fired 19 aces`, `launched a three-pointer`): play, whatever the other team is called (`the
    Houston Rockets`); not where victims are counted. Closing `crossing points` or reaching `goals` shoots nothing."""
    trigger = candidate.trigger
    if (trigger.pos_ not in VERB_POS or not lemma_forms(trigger) & article.lex.roles["shooting_acts"]
            or article.sentence_words(article.sentence(trigger), "casualties")):
        return False
    shot = [candidate.obj, *(c for c in trigger.children if c.dep_ == "dobj")]
    return any(o is not None and "scores" in article.classes.get(o.i, ()) for o in shot)


def _figurative_attack(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether an attack falls on no one armed could strike: a product aimed at buyers (classes.json `aiming_acts` with
    a `clientele` object: `targeting commuters in Manila`, `targets the Brazilian market`), a domain a song, brand or
    player conquers (`arenas`: `a triumphant invasion of the French stage`, `invaded the charts`), a side's goal on a
    pitch (`pitch_targets`: `laid siege to the Swiss goal`), a firm's rivals in a market (`market_rivals`: `a
    counter-offensive against Chinese rivals with a cheap car`), or what a campaign fights (`campaign_targets`,
    `organisms`, `hazards`: `an offensive against the opposition's tax plans`, `launched an offensive against the pink
    bollworm`; a threat's declared war too: `declared war on counterfeit pills`; an offensive whose purpose is to save
    what a state rations, `saving_acts` with a `conserved` object: `an offensive to save water`), or a currency traders
    sell (`currencies`: `the rupee came under attack from speculators`), or a food, fashion or song that invades
    (`wares`: `K-pop conquered Asia`); only in a sentence with no military word but the trigger, no armed actor and no
    victims (`gunmen targeting commuters set off a bomb` stays an attack). Read for attacks and threats only."""
    enlisted = _sent_to_fight(candidate.trigger)  # "drones were used to target swarms": they strike no one armed
    if article.sentence_words(sent, "attackers") and any(
            "attackers" in article.classes.get(i, ()) for i in range(sent.start, sent.end) if i not in enlisted):
        return False
    animal_deaths = set()
    if article.sentence_words(sent, "casualties"):  # victims, unless all are animals a winter or a disease killed
        animal_deaths = _animal_deaths(article, sent)
        if any("casualties" in article.classes.get(i, ()) for i in range(sent.start, sent.end)
               if i not in animal_deaths):
            return False
    trigger = candidate.trigger
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    struck = [candidate.obj, *objects, *_prep_objects(trigger, "of", "on", "at", "against"),
              *(o for war in objects for o in _prep_objects(war, "on", "against"))]  # "declared war on litter"
    if trigger.pos_ in NOUN_POS:  # "a locust invasion": who invades, named by the noun's modifier
        struck += [c for c in trigger.children if c.dep_ == "compound"]
    struck += [c for o in struck if o is not None for c in o.children if c.dep_ == "appos"]  # "the dzud, a winter"
    struck += [g for p in (*trigger.children, *(c for o in objects for c in o.children)) if p.dep_ == "prep"
               and p.lower_ in {"on", "against"} for g in p.children if g.dep_ == "pcomp"]  # "war on poaching"
    if trigger.dep_ == "dobj":  # "laid siege to the Swiss goal", "mounted a counter-offensive against the dollar"
        struck += _prep_objects(trigger.head, "to", "on", "against")
    if trigger.pos_ in VERB_POS and _prep_objects(trigger, "under"):  # "the peso came under attack": its subject
        struck.append(_clause_subject(article, trigger)[1])
    invaders = _ware_invaders(article, trigger)  # "Korean dramas conquered Latin America"
    saved = _conserved_aims(article, trigger)  # "an offensive to save water"
    aiming = bool(lemma_forms(trigger) & article.lex.roles["aiming_acts"])
    if not invaders and not saved and not any(o is not None and (article.classes.get(o.i, set()) & CAMPAIGNED_CLASSES
                                  or o.lower_ in article.lex.roles["currencies"] or _swarm_of_pests(article, o)
                                  or aiming and "clientele" in article.classes.get(o.i, ())) for o in struck) \
            and not _war_on_no_party(article, candidate, objects):
        return False
    declared = {trigger.i, *(war.i for war in objects), *(w.head.i for w in invaders), *enlisted,
                *animal_deaths, *_joined_tokens(trigger)}
    # the war a threat declares is its own word, and so is the invasion a food or a song makes (`the hummus invasion
    # had conquered Kreuzberg`), the soldiers sent to fight a winter or a swarm, and the rest of a hyphenated trigger
    # (`counter-offensive`)
    return not (article.sentence_words(sent, "military") and any(
        "military" in article.classes.get(i, ()) for i in range(sent.start, sent.end) if i not in declared))


def _swarm_of_pests(article: _Article, noun: Token) -> bool:
    """Whether a collective noun (classes.json `collectives`: swarm, plague, horde) is a mass of pests: its `of` or
    modifier names `organisms` (`swarms of locusts`), or it names none and the article does (`a locust invasion in
    Rajasthan ... drones were used to target swarms`): the word takes up the pests told of before."""
    if "collectives" not in article.classes.get(noun.i, ()):
        return False
    kinds = [c for c in noun.children if c.dep_ in MODIFIER_DEPS] + _prep_objects(noun, "of")
    if kinds:
        return any("organisms" in article.classes.get(k.i, ()) for k in kinds)
    return any("organisms" in words for words in article.classes.values())


def _joined_tokens(token: Token) -> list[int]:
    """The indices of the word a token is part of when spaCy splits it at hyphens (`counter-offensive`): the tokens
    joined to it with no space between."""
    doc, start, end = token.doc, token.i, token.i
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) - 1 and not doc[end].whitespace_:
        end += 1
    return list(range(start, end + 1))


def _war_on_no_party(article: _Article, candidate: Candidate, objects: list[Token]) -> bool:
    """Whether war is declared on what no one fights a war with (`declared war on cigarette butts`, `a war on
    chewing gum was declared`): the `on`/`against` of the declared war holds no party, that is no name the actor
    layer resolves, no person, group, place or nationality the parser names, and no force, armed group or
    combatant word, in the object, its modifiers or its `of` (`declared war on the United States`, `on the
    rebels`, `on the Rapid Support Forces` stay; `taxi fares at Bangkok's airports` is a nuisance where it is
    found): a nuisance of any kind, whoever declares it; so is war on firms (classes.json `businesses`: `declared
    war on US shale producers`), a price war whatever state's firms they are. An offensive or war a verb launches
    or wages (classes.json `campaign_wars`) reads its `on`/`against` the same way (`launched an offensive against
    illegal parking`; not `against the rebels`, `against the town`: `_names_foe`)."""
    trigger = candidate.trigger
    if candidate.type == "threat" and objects:
        wars = [*objects, trigger]  # "declared war on X": the war is the verb's object, its `on` hung on either
    elif candidate.type == "attack" and trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj" \
            and "campaign_wars" in article.classes.get(trigger.i, ()):
        wars = [trigger, trigger.head]  # "launched an offensive against illegal parking": on the noun or the verb
    elif trigger.pos_ in NOUN_POS and trigger.head.pos_ in VERB_POS and trigger.dep_ in {"nsubjpass", "dobj"} \
            and lemma_forms(trigger.head) & set(article.lex.notices["declaring_verbs"]):
        wars = [trigger]  # "a war on litter was declared"
    else:
        return False
    foes = _war_foes(wars)
    if foes and all("businesses" in article.classes.get(foe.i, ()) for foe in foes):
        return True  # "declared war on US shale producers": a price war on firms, whoever's they are
    return bool(foes) and not _names_foe(article, foes)


def _names_foe(article: _Article, foes: list[Token]) -> bool:
    """Whether what a war is waged on names a party one fights: a name the actor layer resolves, a person, group,
    place or nationality the parser names, or a force, armed group or combatant word, in a foe or its modifiers, or
    a town or base an offensive takes (`PLACE_CLASSES`). Fake or illegal goods (classes.json `illicit_modifiers`:
    `war on fake Parmesan`, `on counterfeit Chanel bags`) name a trade policed, whatever name they bear; only a
    force or armed word among them names a foe (`illegal armed groups`). A place beside a foe that is no party is
    where that war is waged (`declared war on wild goats on Great Barrier Island`)."""
    illicit = article.lex.roles["illicit_modifiers"]
    words = [*foes, *(c for foe in foes for c in foe.children if c.dep_ in MODIFIER_DEPS)]
    faked = {t.i for foe in foes if any(c.dep_ in MODIFIER_DEPS and c.lower_ in illicit for c in foe.children)
             for t in foe.subtree}

    def party(t: Token) -> bool:
        return bool(article.classes.get(t.i, set()) & ARMED_PARTY_CLASSES) or t.i not in faked and (
            article.cast.actor_at(t) is not None or t.ent_type_ in PARTY_ENTITIES)

    def place(t: Token) -> bool:
        return t.i not in faked and bool(article.classes.get(t.i, set()) & PLACE_CLASSES)

    return any(party(t) for t in words) or any(place(t) for t in words) and all(
        place(f) or f.pos_ == "PROPN" for f in foes)   # "against the town of Vuhledar"


def _war_on_nuisance(article: _Article, war: Token) -> bool:
    """Whether a war word (classes.json `campaign_wars`: `war`, `offensive`) is a campaign against a nuisance: a noun
    whose `on`/`against` (or its gerund: `war on smoking`) holds no party (`_names_foe`: `its war on childhood
    obesity`, `an offensive against overtourism`; not `its war on Ukraine`, `an offensive against the rebels`). Such
    a war puts no sentence in a military setting, so an everyday measure beside it stays a rule at home (`voted to ban
    fast-food outlets near schools as part of its war on obesity`). The `on` the parser hangs on the verb whose
    object the war is counts too (`declared war on illegal street vendors, deploying more police`). Read at set-up,
    only where the sentence names no force, weapon, attacker or victim."""
    if war.pos_ not in NOUN_POS:
        return False
    foes = _war_foes([war, war.head] if war.dep_ == "dobj" else [war], gerunds=True)
    return bool(foes) and not _names_foe(article, foes)


def _war_foes(wars: list[Token], gerunds: bool = False) -> list[Token]:
    """What wars are waged on: the `on`/`against` objects of the war words (asked for, also their gerunds: `war on
    smoking`), with their `of` (`war on the people of Ukraine`)."""
    foes = [o for war in wars for o in _prep_objects(war, "on", "against")]
    if gerunds:
        foes += [g for war in wars for p in war.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                 for g in p.children if g.dep_ == "pcomp"]
    return foes + [o for foe in foes for o in _prep_objects(foe, "of")]


def _animal_deaths(article: _Article, sent: Span) -> set[int]:
    """The killing verbs of the sentence whose victims are all animals (classes.json `livestock`, `organisms`: `a
    winter that has killed 5 million livestock`): a loss to herders, no casualty of an attack; `killing two workers
    and 200 pigs` counts people and stays."""
    deaths = set()
    for i in range(sent.start, sent.end):
        word = article.doc[i]
        if word.pos_ not in VERB_POS or "casualties" not in article.classes.get(i, ()):
            continue
        victims = [v for c in word.children if c.dep_ in {"dobj", "nsubjpass"} for v in (c, *c.conjuncts)]
        if victims and all(article.classes.get(v.i, set()) & {"organisms", "livestock"} for v in victims):
            deaths.add(i)
    return deaths


def _counted_as_victims(article: _Article, noun: Token) -> bool:
    """Whether a word for people under arms (`reservists`, `conscripts`, `recruits`) is counted among the victims of
    violence (classes.json `casualties`): the object or passive subject of a killing or wounding verb (`killing three
    police reservists`, `two conscripts were wounded`) or the `of`/`among` of a casualty noun (`the deaths of four
    recruits`): people hit, not a force called up."""
    if noun.pos_ not in NOUN_POS:
        return False
    noun = _first_conjunct(noun)
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass", "nsubj"} and "casualties" in article.classes.get(head.i, ()):
        return True
    return (noun.dep_ == "pobj" and head.lower_ in {"of", "among"}
            and "casualties" in article.classes.get(head.head.i, ()))


def _serving_person_acting_otherwise(article: _Article, noun: Token) -> bool:
    """Whether a word for one called to serve (classes.json `reserves`: `conscript`, `reservists`) is the subject of
    a verb that neither calls anyone up nor names anything military among its own objects (`a conscript reached the
    final of a chess tournament`, `two reservists opened a bakery`): a person doing something else, no call-up.
    A subject that joins or reports to a force (`reservists rejoined their units`), one sent (`conscripts were sent
    to the front`: a passive subject) and one called up stay a mobilization."""
    if noun.pos_ not in NOUN_POS or "reserves" not in article.classes.get(noun.i, ()):
        return False
    noun = _first_conjunct(noun)
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in VERB_POS:
        return False
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if any(lemma_forms(act) & _frame_heads_of_type("mobilization") for act in acts):
        return False  # "reservists volunteered to enlist"
    objects = [w for c in verb.children if c.dep_ not in SEPARATE_CLAUSE_DEPS and c is not noun for w in c.subtree]
    return not any(article.classes.get(w.i, set()) & SERVICE_CLASSES for w in objects)


def _accidental_deaths(article: _Article, trigger: Token) -> bool:
    """Whether a killing or wounding verb (classes.json `casualties`) tells deaths in an accident: its `when`, `as` or
    `after` clause has an `accident_acts` verb (`were killed when a shaft collapsed`, `died when their boat capsized`)
    or its `in` or subject names an `accidents` noun (`killed in a bus crash`, `a stampede killed 20 pilgrims`), where
    the killing clause names no military word but the casualty words, no attacker and no weapon (not `killed when a
    building collapsed after an air strike`, `when a drone crashed into a house`; the reporting clause is left out:
    `the mines ministry said`, and so is a clause joined to it: `..., and the district suspended the licences of 30
    units`). Its killing verb is then no military word either (set up in `_Article`)."""
    if trigger.pos_ not in VERB_POS or "casualties" not in article.classes.get(trigger.i, ()):
        return False
    roles = article.lex.roles
    clauses = [c for c in trigger.children if c.dep_ == "advcl"
               and any(m.dep_ in {"mark", "advmod"} and m.lower_ in {"when", "as", "after"} for m in c.children)]
    if not (any(lemma_forms(c) & roles["accident_acts"] for c in clauses)
            or any(lemma_forms(n) & roles["accidents"] for n in (*_prep_objects(trigger, "in"),
                                                                 *(c for c in trigger.children if c.dep_ == "nsubj")))
            or _blast_at_workplace(article, trigger)):
        return False
    armed = ARMED_CLASSES | {"military"}
    return not any(article.classes.get(w.i, set()) & armed and "casualties" not in article.classes.get(w.i, ())
                   and "mining_sites" not in article.classes.get(w.i, ()) for w in _own_clause(trigger))


def _own_clause(verb: Token) -> list[Token]:
    """The words below a verb but for a clause joined to it (`killed eight workers, and the district suspended the
    licences of 30 units`: the second clause tells another act)."""
    return [w for c in verb.children if not (c.dep_ in {"conj", "parataxis"} and c.pos_ in VERB_POS)
            for w in c.subtree]


def _failed_in_flight(article: _Article, trigger: Token) -> bool:
    """Whether a rocket or missile that explodes does so `after` its own departure (classes.json `departures`, with
    no `of`: `a private rocket exploded in a fireball four minutes after lift-off`, `a test rocket exploded seconds
    after lift-off`): a launch that failed, striking nothing (not `a missile exploded in Lviv hours after the launch of
    the offensive`); the verb has no object and its clause names no victims."""
    if trigger.pos_ not in VERB_POS or any(c.dep_ == "dobj" for c in trigger.children):
        return False
    subject = article.subject(trigger)
    if subject is None or not article.classes.get(subject.i, set()) & {"launchers", "missiles"}:
        return False
    clause = _own_clause(trigger)
    if any("casualties" in article.classes.get(w.i, ()) for w in clause):
        return False
    departures = article.lex.roles["departures"]
    return any(w.dep_ == "pobj" and w.head.lower_ == "after" and lemma_forms(w) & departures
               and not _prep_objects(w, "of") for w in clause)


def _blast_told_as_attack(article: _Article, trigger: Token) -> bool:
    """Whether a killing or wounding verb tells an explosion as an attack with no attacker in its subject (`an
    explosion at a crowded market killed nine`, `a blast ripped through a mosque, killing 15`): the blast (classes.json
    `blasts`) is the subject of the verb or of the clause its participle hangs on, and the sentence names where
    attacks strike people (`blast_sites`), an attacker or a claim, and no accident cue (`accident_cues`,
    `workplaces`, a blast of `accident_fuels`: a gas cylinder, a fireworks factory, a gas explosion)."""
    if trigger.pos_ not in VERB_POS or "casualties" not in article.classes.get(trigger.i, ()):
        return False
    roles = article.lex.roles
    verbs = [trigger, trigger.head] if trigger.dep_ in {"advcl", "conj"} else [trigger]
    blasts = [c for v in verbs for c in v.children if c.dep_ == "nsubj" and c.lemma_.lower() in roles["blasts"]]
    if not blasts or any(m.lower_ in roles["accident_fuels"] for b in blasts for m in b.children):
        return False
    sent = article.sentence(trigger)
    if article.sentence_words(sent, "workplaces") or any(lemma_forms(t) & roles["accident_cues"] for t in sent):
        return False
    return (article.sentence_words(sent, "attackers") or any(lemma_forms(t) & roles["blast_sites"] for t in sent)
            or any(lemma_forms(t) & roles["claiming_acts"] and any(
                c.dep_ == "agent" or c.dep_ == "dobj" and c.lemma_.lower() in roles["claimed_things"]
                for c in t.children) for t in sent if t.pos_ in VERB_POS))


def _blast_at_workplace(article: _Article, verb: Token) -> bool:
    """Whether a killing verb's subject is an explosion at or in a workplace (classes.json `explosions`, `workplaces`:
    `a blast at a fireworks factory killed nine workers`, `an explosion in a coal mine`): an industrial accident's
    shape; `_accidental_deaths` still asks that no military word, attacker or weapon stands beside it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and "explosions" in article.classes.get(c.i, ())]
    return any("workplaces" in article.classes.get(p.i, ()) for s in subjects for p in _prep_objects(s, "at", "in"))


def _sent_to_fight(trigger: Token) -> set[int]:
    """The words of those a verb sends, mobilises or uses to do the trigger's fight, its object or passive subject
    (`mobilised herders and soldiers to fight the dzud`, `drones were used to target swarms`): they fight what the
    trigger fights, no enemy of their own."""
    if trigger.dep_ not in {"advcl", "xcomp"} or not any(c.tag_ == "TO" for c in trigger.children):
        return set()
    sent = [c for c in trigger.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    return {w.i for o in sent for w in (o, *o.conjuncts)}


def _conserved_aims(article: _Article, trigger: Token) -> list[Token]:
    """What a campaign noun's purpose clause saves (classes.json `saving_acts` with a `conserved` object: `an
    offensive to save water`, `a campaign to conserve energy`): rationing at home, no enemy struck."""
    saving = article.lex.roles["saving_acts"]
    purposes = [c for c in trigger.children if c.dep_ in {"acl", "relcl"} and lemma_forms(c) & saving]
    return [o for p in purposes for o in p.children if o.dep_ == "dobj" and "conserved" in article.classes.get(o.i, ())]


def _rationed_at_home(article: _Article, candidate: Candidate) -> bool:
    """Whether a supply cut goes only to users at home (classes.json `rationed_users`: `cutting supplies to golf
    courses and hotels`, `cut electricity to factories`): rationing by a utility or a state, no party sanctioned.
    Read for sanctions only."""
    trigger = candidate.trigger
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    users = [u for h in holders for o in _prep_objects(h, "to") for u in (o, *o.conjuncts)]
    return bool(users) and all("rationed_users" in article.classes.get(u.i, ()) for u in users)


def _ware_invaders(article: _Article, trigger: Token) -> list[Token]:
    """The foods, fashions, songs or shows (classes.json `wares`) that invade or conquer: the subject of a verb
    trigger or that subject's modifier (`K-pop conquered Latin America`, `the sushi invasion had conquered the high
    street`), or a noun trigger's modifier (`a hummus invasion`); also wares or firms (`_is_business`) that are a
    noun trigger's `of` (`the "invasion" of streaming giants`, `an invasion of cheap electric cars`), its possessor
    (`a pizza chain's invasion of Tokyo`) or the subject of the verb that launches it (`skincare brands launched an
    assault on Europe`, `carmakers are mounting an offensive`): a market's figure of speech, no armed actor (the `of`
    of `the invasion of Ukraine` is a place, the possessor of `Russia's invasion` a state)."""
    subject = _clause_subject(article, trigger)[1] if trigger.pos_ in VERB_POS else None
    named = [subject] if subject is not None else []
    named += [c for holder in (*named, trigger) for c in holder.children if c.dep_ in {"compound", "amod"}]
    invaders = [w for w in named if "wares" in article.classes.get(w.i, ())]
    if trigger.pos_ in NOUN_POS:
        invaders += [o for o in (*_prep_objects(trigger, "of"), *_noun_trigger_doers(article, trigger))
                     if "wares" in article.classes.get(o.i, ()) or _is_business(article, o)]
    return invaders


def _pest_invaders(article: _Article, noun: Token) -> list[Token]:
    """The pests, weeds or beasts (classes.json `organisms`) a military noun is told of, as its modifier, its `of` or
    the noun a `whose` before it stands for (`a locust invasion`, `an invasion of stink bugs`, `armyworm attacks`, `the
    twig borer, a beetle whose invasion of plantations threatens exports`): nature spreading, no armed force."""
    named = [c for c in noun.children if c.dep_ in {"compound", "amod"}] + _prep_objects(noun, "of")
    named += [_relative_antecedent(c) for c in noun.children if c.dep_ == "poss" and c.tag_ == "WP$"]
    return [w for w in named if w is not None and "organisms" in article.classes.get(w.i, ())]


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of the relative clause it opens (`a beetle whose invasion
    threatens`: the beetle)."""
    for word in pronoun.ancestors:
        if word.dep_ == "relcl":
            return word.head
    return None


def _noun_trigger_doers(article: _Article, trigger: Token) -> list[Token]:
    """Who makes an attack noun: its possessor (`the chain's invasion`) and, where it is the object of a verb
    (`launched an assault`, `mounted an offensive`), that verb's active subject with the subject's modifiers
    (`Korean skincare brands`, `Japan's anime studios`)."""
    doers = [c for c in trigger.children if c.dep_ == "poss"]
    if trigger.dep_ == "dobj":
        subjects = [s for s in trigger.head.children if s.dep_ == "nsubj"]
        doers += subjects + [c for s in subjects for c in s.children if c.dep_ in {"compound", "amod"}]
    return doers


def _seized_rule(article: _Article, candidate: Candidate) -> bool:
    """Whether an attack word seizes rule itself: a `seizing_acts` verb whose object is one of classes.json
    `ruling_power` (`the military seized power`, `soldiers seized the reins of power in Bissau`): a coup, a change of
    who governs (often named as the occasion of measures), no armed attack on a party; `seized control of the
    airport`, a town or a tanker stay attacks. A body `seized of` a matter (a participle with an `of` and no object:
    `Decides to remain actively seized of the matter`) has it before it, the closing formula of a council's
    decision: no one is seized."""
    trigger = candidate.trigger
    if not lemma_forms(trigger) & article.lex.roles["seizing_acts"]:   # (read for attacks only)
        return False
    if trigger.tag_ == "VBN" and _prep_objects(trigger, "of") and not any(
            c.dep_ in {"dobj", "nsubjpass"} for c in trigger.children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in article.lex.roles["ruling_power"] for c in trigger.children)


def _seized_goods(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether forces seize only goods or machines (classes.json `seizing_acts` with a `seized_goods` object: `the
    navy seized fishing nets`, `soldiers confiscated excavators`, `seized 300 tonnes of teak`), or destroy such goods
    marked illicit (`disposing_acts`: `police destroyed 300 illegal dredges`, `burned 40 cocaine laboratories`):
    policing of a trade, not a tanker, a town or hostages taken; not where the goods are weapons or the sentence names
    attackers or victims (`militants seized trucks and killed two drivers` stays an attack), nor machines destroyed
    with no mark of an illicit trade (`destroyed machinery at the plant`)."""
    trigger = candidate.trigger
    acts = lemma_forms(trigger)
    seizing = bool(acts & article.lex.roles["seizing_acts"])
    if not (seizing or acts & article.lex.roles["disposing_acts"]):   # (read for attacks only)
        return False
    taken = [candidate.obj, *(c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"})]
    taken += [o for t in taken if t is not None for o in _prep_objects(t, "of")]  # "300 tonnes of teak"
    taken = [t for t in taken if t is not None]
    goods = [t for t in taken
             if "seized_goods" in article.classes.get(t.i, ()) or seizing and _illicit_wares(article, t)]
    if not goods or not seizing and not any(_marked_illicit(article, g) for g in goods):
        return False
    armed = WEAPONS | {"military"}
    if any(article.classes.get(w.i, set()) & armed for t in taken for w in t.subtree):
        return False
    return not (article.sentence_words(sent, "casualties") or article.sentence_words(sent, "attackers")
                and not _attackers_all_held(article, sent))


def _illicit_wares(article: _Article, taken: Token) -> bool:
    """Whether what is seized are wares whatever their name, as a headline calls them (`seizes 9,000 fake Lego
    sets`, `seizes counterfeit AirPods`): a thing marked illicit (`_marked_illicit`) that is no place, people,
    party or craft (`illegal settlers`, `a fake police unit`, `an illegal fishing vessel` stay what they are)."""
    return (taken.pos_ in NOUN_POS and article.cast.actor_at(taken) is None and not _place_or_people(article, taken)
            and not article.classes.get(taken.i, set()) & (FIGHTING_CLASSES | {"actors", "attackers", "platforms"})
            and _marked_illicit(article, taken))


def _marked_illicit(article: _Article, goods: Token) -> bool:
    """Whether a word before the goods marks them as an illicit trade's: an `illicit_modifiers` word (`illegal
    gold-mining dredges`, `counterfeit cigarettes`), a `seized_goods` word (`cocaine laboratories`) or a seizing
    participle (`seized pirated DVDs`)."""
    marks = article.lex.roles["illicit_modifiers"] | article.lex.roles["seizing_acts"]
    return any(w.lower_ in marks or lemma_forms(w) & marks or "seized_goods" in article.classes.get(w.i, ())
               for w in goods.subtree if w.i < goods.i)


def _attackers_all_held(article: _Article, sent: Span) -> bool:
    """Whether every attacker word of the sentence is among people arrested or detained (`arrested three members of a
    smuggling gang`: `detainees`, read with their `of`): those policed, not a party that attacks."""
    held = [t for t in sent if "detainees" in article.classes.get(t.i, ())]
    return all(any(h.left_edge.i <= t.i <= h.right_edge.i for h in held)
               for t in sent if "attackers" in article.classes.get(t.i, ()))


def _lone_shooter(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether an attack's actor is one person acting alone (classes.json `lone_attackers`, singular and coded to no
    state or group: `a lone gunman opened fire in a supermarket`, `a shooter killed eight people at a mall`) in a
    sentence with no military word but its casualty words, no other attacker, and no force among those the attack's
    clause acts on: a crime, no party's attack (not `a gunman killed two soldiers at an army checkpoint`, `shot dead
    two policemen`; police who stop him or report it are no victims). Read for attacks only."""
    subject = _clause_subject(article, candidate.trigger)[1]
    if (subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in article.lex.roles["lone_attackers"]
            or article.code_of(subject)):
        return False
    for word in sent:
        classes = article.classes.get(word.i, set())
        if "military" in classes and "casualties" not in classes or "attackers" in classes and word.i != subject.i:
            return False
    uniformed = article.lex.roles["uniformed"]
    return not any(("forces" in article.classes.get(w.i, ()) or w.lemma_.lower() in uniformed)
                   and w.dep_ in {"dobj", "nsubjpass", "pobj"} for w in candidate.trigger.subtree)


def _pelted_with_words(article: _Article, candidate: Candidate) -> bool:
    """Whether a pelting verb (classes.json `pelting_acts`: bombard, pelt, shower) pelts with what no one fires
    (`was bombarded with complaints`, `bombarded the stars with offers from sponsors`): its `with` names no weapon,
    munition or military word; `shelled with artillery` or `bombarded with rockets` stays an attack."""
    trigger = candidate.trigger
    if trigger.pos_ not in VERB_POS or not lemma_forms(trigger) & article.lex.roles["pelting_acts"]:
        return False  # (read for attacks only)
    loads = _prep_objects(trigger, "with")
    armed = WEAPONS | {"military", "forces"}
    return bool(loads) and not any(article.classes.get(t.i, set()) & armed for load in loads for t in load.subtree)


def _struck_with_measure(article: _Article, candidate: Candidate) -> bool:
    """Whether an attack verb strikes only with a measure (classes.json `restrictions`, `penalties`: `was hit with
    sanctions by World Rugby`, `slapped the club with a fine`, `hit Iran with new sanctions`): the measure is its own
    signal where a state takes it, no attack; `hit with artillery` stays one."""
    trigger = candidate.trigger
    if trigger.pos_ not in VERB_POS:   # (read for attacks only)
        return False
    loads = _prep_objects(trigger, "with")
    return bool(loads) and all(article.classes.get(load.i, set()) & {"restrictions", "penalties"} for load in loads)


def _by_civil_body(article: _Article, candidate: Candidate) -> bool:
    """Whether the act's actor is a fan group, charity, shop or band whose name holds a military word (`the Tartan
    Army is preparing for an invasion of Boston`, `Old Navy launched an attack on its rivals`): the clause's
    subject, its modifiers or `of`, or the trigger noun's possessor, modifier or `by`."""
    if not (article.civil_names or article.possible_civil_names):
        return False
    trigger = candidate.trigger
    subject = _clause_subject(article, trigger)[1]
    actors = [subject, *_prep_objects(subject, "of")] if subject is not None and subject.i != trigger.i else []
    if trigger.pos_ in NOUN_POS:
        actors += [trigger, *_prep_objects(trigger, "by")]
    actors += [t for a in actors for t in a.subtree if t.dep_ in {"conj", "appos"}]  # "the band Ocean Brigade"
    actors += [c for a in actors for c in a.children if c.dep_ in MODIFIER_DEPS]
    actors = [a for a in actors if a.i != trigger.i]
    return any(a.i in article.civil_names for a in actors) or any(
        a.i in article.possible_civil_names and _civil_setting(article, trigger, a) for a in actors)


def _civil_setting(article: _Article, trigger: Token, name: Token) -> bool:
    """Whether the act's sentence keeps a possible civil name civil: no victims counted, no military word besides
    the name and the trigger (`fighters of the Mahdi Army stormed`), and a `name_contexts` word that is not what
    the act falls on or where it happens (`attacked a football stadium`, `attacked ... during a match`)."""
    sent = article.sentence(trigger)
    if article.sentence_words(sent, "casualties"):
        return False
    own = {t.i for t in name.subtree} | {trigger.i}
    targets = [c for c in trigger.children if c.dep_ == "dobj"] + [
        o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    aimed = {t.i for o in targets for t in (o, *(c for c in o.children if c.dep_ in MODIFIER_DEPS))}
    classes = [(i, article.classes.get(i, ())) for i in range(sent.start, sent.end)]
    return (not any("military" in words for i, words in classes if i not in own)
            and any("name_contexts" in words for i, words in classes if i not in aimed))


def _stated_as_quantity(article: _Article, trigger: Token) -> bool:
    """Whether an attack noun is a quantity, not an event: the modifier of a rate or level (classes.json
    `proportions`: `hotel occupation rates`, a batsman's `strike rate`, `the attack rate of the virus`), unless that
    word is a frame's object too (`the alert level` a state raises), or the level a percentage states
    (`percentages`: `occupation stood at 94%`, `an occupation of 92 percent`), or a figure of the books an
    `economic_quantities` compound names (`a cost overrun on the navy's frigates`, `budget execution`); a count that
    rises by one stays an event, and a measure stated in percent (`duties of 74 percent`) is asked nothing here."""
    if trigger.pos_ not in NOUN_POS:
        return False
    if any(c.dep_ == "compound" and "economic_quantities" in article.classes.get(c.i, ()) for c in trigger.children):
        return True
    if trigger.dep_ in QUANTITY_DEPS and "proportions" in article.classes.get(trigger.head.i, ()):
        return not article.classes[trigger.head.i] & _frame_object_classes()
    levels = _prep_objects(trigger, "of", "at")
    if trigger.dep_ == "nsubj":
        verb = trigger.head
        levels += _prep_objects(verb, "at", "to") + [c for c in verb.children if c.dep_ == "dobj"]
    return any("percentages" in article.classes.get(t.i, ()) for t in levels)


def _figure_reaches_level(article: _Article, trigger: Token) -> bool:
    """Whether an attack verb tells a figure reaching a level (classes.json `reached_levels` as the object of a
    `level_verbs` verb: `shares hit a record`, `output struck a ten-year low`), or has a price, share or other
    `economic_quantities` word as its subject (`the share price hit ...`): a market or statistics report, no strike,
    whatever weapon the sentence names (`the group, which builds missiles`). A passive subject is a patient (`output
    was hit by a drone strike`), and an armed party or a weapon as the subject strikes what it hits (`Israeli
    warplanes bombed targets in Lebanon`, `dozens of missiles hit their targets`): no figure; so does a party that
    hits another's ground (`_objectives_of_other_party`)."""
    if trigger.pos_ not in VERB_POS:
        return False
    subject = article.subject(trigger)
    if subject is not None and article.classes.get(_counted_word(subject).i, set()) & (ARMED_PARTY_CLASSES | WEAPONS):
        return False
    levels = article.lex.roles["reached_levels"]
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "attr", "oprd"}] + _prep_objects(trigger, "to")
    if lemma_forms(trigger) & article.lex.roles["level_verbs"] and any(
            o.lemma_.lower() in levels or o.lower_ in levels for o in objects):
        return not _objectives_of_other_party(article, trigger, subject, objects)
    return (subject is not None and subject.dep_ == "nsubj"
            and "economic_quantities" in article.classes.get(subject.i, ()))


GROUND_PREPS = ("in", "across", "inside", "within")   # where what a party strikes lies


def _objectives_of_other_party(article: _Article, trigger: Token, subject: Token | None,
                               objects: list[Token]) -> bool:
    """Whether what a party hits is another's ground, no level: a word it hits (`targets`) names another party or
    an armed force as its owner (`Israel struck Hamas targets`, `Russian military targets`), or lies in another
    party's ground, as the verb or that word tells (`Russia struck targets across Ukraine`, `deep inside Lebanon`).
    A party's own target (`China hit its growth target`) is a level it reaches."""
    source = article.code_of(subject)
    if not source:
        return False
    grounds = _prep_objects(trigger, *GROUND_PREPS)   # (where the verb says it struck: the same for each word)
    for word in objects:
        owners = [c for c in word.children if c.dep_ in MODIFIER_DEPS]
        places = _prep_objects(word, *GROUND_PREPS) + grounds
        if any(article.code_of(t) not in (None, source) for t in (*owners, *places)) or any(
                article.classes.get(c.i, set()) & ARMED_PARTY_CLASSES for c in owners):
            return True
    return False


def _breached(article: _Article, accord: Token) -> bool:
    """Whether an accord word is what a breach breaks (classes.json `breaches`, read by lemma): the object or passive
    subject of a breaching verb (`violated the ceasefire`, `the truce was broken`), or the modifier or `of` of a
    breaching noun (`a ceasefire violation`, `a breach of the truce`)."""
    breaches = article.lex.roles["breaches"]
    holder = accord.head.head if accord.dep_ == "pobj" and accord.head.lower_ == "of" else accord.head
    return (accord.dep_ in {"dobj", "nsubjpass", "compound", "pobj"} and holder.i != accord.i
            and holder.lemma_.lower() in breaches)


def _deal_as_object(trigger: Token) -> bool:
    """Whether an attack verb's direct object is a noun of an agreement (a trigger term of `agreement`: `struck an
    agreement`, `hit upon a compromise`, `attacked the accord`): a deal is made or criticised, nothing is struck. Not
    a deal word the parser took for the object where it only modifies the next word (`hit the ceasefire monitoring
    post`)."""
    doc = trigger.doc
    return trigger.pos_ in VERB_POS and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and lemma_forms(c) & _type_terms("agreement")
        and (c.i + 1 == len(doc) or doc[c.i + 1].pos_ not in NOUN_POS and doc[c.i + 1].tag_ != "VBG")
        for c in trigger.children)


@lru_cache(maxsize=1)
def _frame_object_classes() -> frozenset[str]:
    """The classes frames take as objects (`readiness`: `raised the alert level`)."""
    return frozenset(frame.objects for frame in lexicon().frames)


def _depicted_in_work(article: _Article, trigger: Token) -> bool:
    """Whether the event is what a film, drama, book or game depicts (classes.json `works`, through a `portrayals`
    word: `a drama about a Russian invasion of Norway`, `a film depicting the siege of Sarajevo`), or the people a
    trigger names are whom a keepsake is from, of or by (`records`: `letters from Ukrainian conscripts`, `the
    diaries of Finnish reservists`): no news of one."""
    if not article.doc_classes & {"works", "records"}:   # each reading needs one of these words: most texts have none
        return False
    if _kept_in_record(article, trigger) or _told_by_work(article, trigger):
        return True
    for word in trigger.ancestors:
        if "portrayals" in article.classes.get(word.i, ()) and "works" in article.classes.get(word.head.i, ()):
            return True
        if word.dep_ not in CLIMB_DEPS:
            return False
    return False


def _told_by_work(article: _Article, trigger: Token) -> bool:
    """Whether the event is part of the story a work tells: it stands anywhere below a narrating verb (classes.json
    `narrating_verbs`) whose subject, or the subject's apposition, is a `works` word (`the film follows a division to
    the beach where most of the attacking force was killed`, `"Nine Hundred Days", a novel, follows a librarian who
    keeps a reading room open as shells fall`), reached through the verb's object or clauses, not its subject (`the
    film, shot after troops invaded, follows`)."""
    child = trigger
    for word in trigger.ancestors:
        if (child.dep_ not in {"nsubj", "nsubjpass"} and word.pos_ in VERB_POS
                and lemma_forms(word) & article.lex.roles["narrating_verbs"]):
            subjects = [c for c in word.children if c.dep_ == "nsubj"]
            subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
            if any("works" in article.classes.get(s.i, ()) for s in subjects):
                return True
        child = word
    return False


def _kept_in_record(article: _Article, trigger: Token) -> bool:
    """Whether a trigger noun is the `from`/`of`/`by` of a `records` word, or the agent of a participle that
    describes one (`letters written by conscripts`), or a clause that describes such a noun (`the memoirs of
    recruits who were drafted in 1939`): the people a letter or a memoir recalls, no event."""
    if trigger.dep_ == "relcl":
        trigger = trigger.head
    if trigger.pos_ not in NOUN_POS or trigger.dep_ != "pobj" or trigger.head.lower_ not in {"from", "of", "by"}:
        return False
    holder = trigger.head.head
    if holder.dep_ == "acl" and holder.tag_ == "VBN":
        holder = holder.head
    return "records" in article.classes.get(holder.i, ())


def _relief_craft(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether a delivery or deployment sends civil craft (`platforms` that are `civil_kit`: helicopters, planes,
    boats, trucks), or kit named only as goods (`classified_goods`: equipment, materials) beside civil services or
    relief, in a sentence about a fire, flood or storm (`hazards`, `natural_causes`) with no military word
    (`Italy dispatched a helicopter as blazes spread`, `sent four helicopters after floods`, `sent water engineers
    and purification equipment after a cyclone`): relief, not arms."""
    obj = candidate.obj
    if obj is None or article.sentence_words(sent, "military"):
        return False
    if not (article.sentence_words(sent, "hazards") or article.sentence_words(sent, "natural_causes")):
        return False
    classes = article.classes.get(obj.i, ())
    if "platforms" in classes and bool(lemma_forms(obj) & article.lex.roles["civil_kit"]):
        return True
    moved = [obj, *obj.conjuncts]
    civil = [m for m in moved if article.classes.get(m.i, set()) & {"civil_responders", "relief"}]
    return bool(civil) and all(m in civil or lemma_forms(m) & article.lex.roles["classified_goods"] for m in moved)


def _relief_sent_abroad(article: _Article, candidate: Candidate) -> bool:
    """Whether a force or craft is sent to another state (`sent 120 soldiers and two planes to Portugal`) for a
    purpose clause that fights a fire, flood or quake or does relief work (`to help fight wildfires`, `to search for
    survivors`): help given to that state, aid, where the same force sent at home is relief no signal reports."""
    wanted = {"hazards", "natural_causes", "people_in_need"}
    if not any(_purpose_names(article, clause, wanted)
               or any("relief_acts" in article.classes.get(v.i, ()) for v in verbs)
               for clause, verbs in _purpose_clauses(article, candidate.trigger)):
        return False
    home = article.code_of(_clause_subject(article, candidate.trigger)[1])
    places = [p for prep in candidate.trigger.children if prep.dep_ in {"prep", "dative"}
              and prep.lower_ in DESTINATION_PREPS for p in prep.children if p.dep_ == "pobj"]
    return any(article.code_of(place) not in {None, home} for place in places)


def _sent_with_relief_cargo(article: _Article, candidate: Candidate) -> bool:
    """Whether what is sent goes with relief goods and nothing armed (`sent a navy ship with drinking water and
    generators`, `a team with sniffer dogs`, `a frigate carrying tents and blankets`): the `with` of the verb or of
    what is sent, or what a cargo verb on it carries, all `relief` or `civil_responders` words (`pumps`) and none
    `military`, `forces`, `reserves` or a weapon (`WEAPONS`), in a sentence that tells of no conflict
    (`_tells_of_conflict`): help, aid, not a buildup (not `sent tanks to the border with ammunition and fuel`, `a
    landing ship with marines`)."""
    obj = candidate.obj
    holders = [candidate.trigger] if obj is None else [candidate.trigger, obj, *obj.conjuncts]
    if obj is not None and obj.dep_ == "compound":   # "flew defence force aircraft loaded with water": the craft the
        holders.append(obj.head)   # force's name describes is what is sent
    holders += [c for h in holders[1:] for c in h.children if c.dep_ == "acl" and lemma_forms(c)
                & article.lex.roles["cargo_verbs"]]
    cargo = [c for h in holders for load in _prep_objects(h, "with") for c in (load, *load.conjuncts)]
    cargo += [c for h in holders if h.dep_ == "acl" for load in h.children if load.dep_ == "dobj"
              for c in (load, *load.conjuncts)]
    armed = {"military", "forces", "reserves", *WEAPONS}
    relief = bool(cargo) and all(article.classes.get(c.i, set()) & {"relief", "civil_responders"}
                                 and not article.classes.get(c.i, set()) & armed for c in cargo)
    # (the craft that carries the relief is no attacker: "aircraft loaded with water" tells of no conflict)
    return relief and not _tells_of_conflict(article, candidate.trigger, {h.i for h in holders})


def _purpose_clauses(article: _Article, trigger: Token) -> list[tuple[Token, list[Token]]]:
    """The `to` purpose clauses of a trigger with their verbs (the clause's own and the one it helps: `to help
    fight`), leaving out a raid's (`to blow up the train stations`), which no civil word makes civil. The parser
    also hangs one on a noun of the verb's own phrase, its object, an apposition to it or a noun read as a clause
    (`sent its team, most of them soldiers, to perform at a festival`: a relative clause of `most` or of
    `soldiers`), where it still says what the sending is for."""
    clauses = []
    nouns = [c for c in trigger.children
             if c.dep_ in {"dobj", "npadvmod"} or c.dep_ == "advcl" and c.pos_ in NOUN_POS]
    nouns += [a for n in nouns for a in n.children if a.dep_ == "appos"]
    for clause in (*trigger.children, *(c for n in nouns for c in n.children if c.dep_ in {"relcl", "advcl"})):
        if clause.dep_ in {"advcl", "xcomp", "relcl"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in clause.children):
            verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
            if not any(lemma_forms(v) & article.lex.roles["attacker_acts"] for v in verbs):
                clauses.append((clause, verbs))
    return clauses


def _civil_purpose(article: _Article, candidate: Candidate) -> bool:
    """Whether what is sent or deployed goes to fight a fire, flood or storm, to do civil work or to deal with
    animals: a purpose clause of the trigger (`to help fight forest fires`, `to spray crops`, `to drop bait for feral
    pigs`, `to track elephants`, `to perform at a sports festival`, `to compete in a tournament`) whose words hold a
    `hazards`, `natural_causes`, `civil_tasks`, `organisms`, `public_events` or `sport` word,
    or whose verb (or the verb it helps) is an `inquiry_acts` word (`sent 21 officers to investigate the
    feasibility of a force`, `to help assess the damage`): a fact-finding mission. Read only in the purpose
    clause, so `sent troops to the border after the floods` stays; a purpose that names fighting or unrest is no civil
    one, whatever else it says (`to keep the fighting from spilling over`)."""
    wanted = {"hazards", "natural_causes", "civil_tasks", "organisms", "public_events", "sport"}
    return any((_purpose_names(article, clause, wanted)
                or any(article.classes.get(v.i, set()) & {"inquiry_acts", "relief_acts"} for v in verbs))
               and not any(w.pos_ in NOUN_POS and article.classes.get(w.i, set()) & {"violence", "unrest"}
                           for w in clause.subtree)
               for clause, verbs in _purpose_clauses(article, candidate.trigger))


def _eases_hardship(article: _Article, verb: Token) -> bool:
    """Whether a verb of easing acts on a hardship (classes.json `hardships`: `easing crippling fuel shortages`, `to
    ease the suffering of civilians`): relief of a want, where easing restrictions or a blockade concedes something."""
    return verb.pos_ in VERB_POS and any(c.dep_ == "dobj" and c.lemma_.lower() in article.lex.roles["hardships"]
                                         for c in verb.children)


def _purpose_names(article: _Article, clause: Token, wanted: set[str]) -> bool:
    """Whether a purpose clause holds a word of the wanted classes, not counting the object of a preposition of time
    (classes.json `time_preps`: `to meet its most urgent requirements heading into winter`): it dates the purpose, it
    is not what the purpose is about."""
    times = article.lex.roles["time_preps"]
    return any(article.classes.get(w.i, set()) & wanted and not (w.dep_ == "pobj" and w.head.lower_ in times)
               for w in clause.subtree)


def _sent_to_public_event(article: _Article, candidate: Candidate) -> bool:
    """Whether the place a force or team is sent to is a public event (classes.json `public_events`: `to the Asian
    championships`, `to an air show in Toronto`), in a sentence with no border, violence, unrest or armed party: it
    performs or competes there, no buildup (not `deployed troops to the stadium after riots`)."""
    places = _prep_objects(candidate.trigger, "to")
    return (any("public_events" in article.classes.get(p.i, ()) for p in places)
            and not _tells_of_conflict(article, candidate.trigger))


def _tells_of_conflict(article: _Article, trigger: Token, apart_from: set[int] = frozenset()) -> bool:
    """Whether the trigger's sentence names a border, violence, unrest, an armed party or victims (`CONFLICT_CLASSES`),
    where relief sent along with a force feeds it and a force sent to a crowd polices it; words `apart_from` aside."""
    sent = article.sentence(trigger)
    if not article.sentence_words_any(sent, CONFLICT_CLASSES):
        return False   # (most sentences: one set operation)
    return not apart_from or any(i not in apart_from and not article.classes.get(i, set()).isdisjoint(CONFLICT_CLASSES)
                                 for i in range(sent.start, sent.end))


def _of_former_members(article: _Article, candidate: Candidate) -> bool:
    """Whether the force a frame found is the `of`/`from` of `former_members` (`veterans of the Soviet army
    gathered in Riga`): the people who gather once served in it; no force moves."""
    obj = candidate.obj
    return (obj is not None and obj.dep_ == "pobj" and obj.head.lower_ in {"of", "from"}
            and "former_members" in article.classes.get(obj.head.head.i, ()))


def _one_persons_service(article: _Article, candidate: Candidate) -> bool:
    """Whether a call-up noun in the singular (`conscript`, `reservist`) tells one person's service: it describes
    someone (an apposition, a predicate, the object of `as`: `spent two years as a conscript`) or carries a
    classes.json `past_marks` word (`a former conscript in the Finnish army`): a biography, no call-up."""
    trigger = candidate.trigger
    if candidate.type != "mobilization" or trigger.tag_ != "NN":
        return False
    describes = trigger.dep_ in {"appos", "attr"} or trigger.dep_ == "pobj" and trigger.head.lower_ == "as"
    return describes or any("past_marks" in article.classes.get(c.i, ()) for c in trigger.children)


def _rule_on_home_institutions(article: _Article, candidate: Candidate, sent: Span, source: str | None) -> bool:
    """Whether a ban or bar falls on a state's own institutions or people (classes.json `home_institutions`,
    `civil_parties`: `a directive barring schools from holding classes`, `banned hospitals from detaining
    patients`, `a ban on clinics selling donated drugs`), in a sentence that names no state but the one acting
    and no military word: a ministry's rule at home, no sanction. `barred Lithuanian ships from its ports` or
    `barred UNRWA schools` names the party it falls on, and stays a measure."""
    if article.sentence_words(sent, "military"):   # (read for sanctions only)
        return False
    trigger = candidate.trigger
    barred = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}] + _prep_objects(trigger, "on")
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":  # "schools barred from charging fees"
        barred.append(trigger.head)
    if not any(article.classes.get(b.i, set()) & {"home_institutions", "civil_parties"} for b in barred):
        return False
    return not any(code != source for _, code in article.states_in(sent)) and not any(
        article.cast.actor_at(t) is not None and article.cast.code_at(t) != source for b in barred for t in b.subtree)


def _falls_on_no_party(article: _Article, candidate: Candidate, sent: Span, source: str | None) -> bool:
    """Whether a state's everyday measure (a ban, cap, curb, restriction or freeze: no sanction term) falls on no
    party: its sentence names no state but the acting one (and those copying it) and no military word, and its
    clause, but for the subject, names no party the actor layer finds and no word of a party a sanction falls on
    (classes.json `sanctioned_parties`, `listed_parties`, `designations`, `businesses`, the `actors` nouns; not one
    a state regulates at home: `home_institutions`, `civil_parties`, `crowds`). What makes a measure a sanction is
    that it falls on another state, its officials, firms or nationals (`froze the assets of 12 senior officials`,
    `banned imports of food from countries that sanctioned it`); `banned short-haul domestic flights`, `will ban
    mobile phones in classrooms`, `banned kite flying` are policy at home. A trade flow is left to
    `_domestic_trade_or_licence`."""
    if candidate.strength == "term" or not source or article.sentence_words(   # (read for sanctions only)
            sent, "military") or article.is_notice():
        return False  # (a notice's measure falls on the parties it lists elsewhere: `seize the property listed in
        # the annex`)
    if article.sentence_words(sent, "punitive_motives"):
        return False  # "banned money transfers there as punishment for the referendum": a measure taken against
        # someone, whom the sentence need not name
    trigger = candidate.trigger
    measured = [candidate.obj, *(c for c in trigger.children if c.dep_ == "dobj")]
    if any(o is not None and "trade_flows" in article.classes.get(o.i, ()) for o in measured):
        return False  # "China banned exports of gallium": a trade measure may fall on the buyers it names nowhere
        # (`_domestic_trade_or_licence` reads its aim)
    co_actors = _co_actors(article, trigger, source)
    states = article.states_in(sent)
    if not any(code == source for _, code in states) or any(
            code != source and token.i not in co_actors for token, code in states):
        return False
    return not _clause_names_party(article, trigger, source, co_actors)


def _everyday_restriction(article: _Article, candidate: Candidate) -> bool:
    """Whether a sanction is read from an everyday restriction word (classes.json `restriction_words`: `banned`,
    `halted`, `closed`, `froze`, `suspension`), not from the vocabulary of sanctions, outside a notice: the measures
    `_restriction_without_bearer` and `_restriction_for_public_event` read."""
    return (candidate.type == "sanctions" and candidate.strength != "term" and not article.is_notice()
            and bool(lemma_forms(candidate.trigger) & article.lex.roles["restriction_words"]))


def _restriction_without_bearer(article: _Article, candidate: Candidate, sent: Span, source: str | None) -> bool:
    """Whether a sanction read from an everyday restriction word (classes.json `restriction_words`: `banned`,
    `halted`, `closed`, `froze`, `suspension`), not from the vocabulary of sanctions, names no one it falls on, in a
    sentence of peacetime (no military or violence word: a measure amid fighting is one of the conflict): none of its
    phrases (`_burdened_words`: its object, the goods, its `on`, `against`, `to`, `from`, `with`, `of`) names a state,
    a party or a person other than the actor (`_names_party`, not a place no state is coded for: `froze the assets of
    12 officials`, `banned Russian oil`, `stopped all trade with Israel`) or strategic goods (classes.json
    `strategic_goods`: `restricted exports of gallium`; a home firm, `_home_firm`, is the actor's own: `suspended a
    listed property company from issuing bonds`), it is set in no other state (`_set_in_other_state`), no other
    state objects to it (`_objected_by_other_state`), and no sanctions term stands in the sentence (`as part of new
    sanctions`). A state restricting its own trade, land or services (`extended a ban on wheat exports`, `halted the
    sale of a golf course`) sanctions no one. A notice's measure falls on the parties it lists elsewhere; a threatened
    one on the party it warns (the caller reads it only for a measure taken or announced, `_everyday_restriction`)."""
    trigger = candidate.trigger
    if article.sentence_words_any(sent, ("military", "violence", "punitive_motives")):
        return False   # (a measure amid fighting is one of the conflict; one that punishes falls on someone)
    if any(kind == "sanctions" and strength == "term" and span.start >= sent.start and span.end <= sent.end
           and not span.start <= trigger.i < span.end for span, kind, strength, _ in article.term_spans):
        return False  # "halted the sale of gas turbines under the new sanctions"
    burdened = _burdened_words(trigger, candidate.obj)
    home_firms = set()
    if not any(code != source for _, code in article.states_in(sent)):  # "after Panama questioned the vote"
        home_firms = {w.i for t in burdened if t.dep_ != "compound" and _home_firm(article, t, source)
                      and not _firm_names_party(article, t, source) for w in t.subtree}
    return not (any(_names_party(article, t, source) and not _uncoded_setting(article, t)
                    or "strategic_goods" in article.classes.get(t.i, ())
                    for t in burdened if t.i not in home_firms) or _set_in_other_state(article, trigger, source)
                or _objected_by_other_state(article, sent, source))


def _restriction_for_public_event(article: _Article, candidate: Candidate, sent: Span, source: str | None) -> bool:
    """Whether an everyday restriction (classes.json `restriction_words`) is taken for a public event (`public_events`:
    a wedding, a festival, a match) named as the `for` or `during` of its verb or of a verb it is joined to, or the
    `for` of that span (`police sealed off the road for two days for the wedding of an actor, and the administration
    banned drones over the hotel`), in a sentence that names no state but the actor and no unrest, victims or
    violence, and whose military words and attackers are only what the restriction bans or closes a place to
    (`drones`, `the airspace`): order kept at an event, no sanction (the caller reads it only for an
    `_everyday_restriction`)."""
    trigger = candidate.trigger
    if (article.sentence_words_any(sent, ("unrest", "casualties", "violence"))
            or any(code != source for _, code in article.states_in(sent))):
        return False
    banned = {t.i for o in (candidate.obj, *(c for c in trigger.children if c.dep_ == "dobj"),
                            *_prep_objects(trigger, "to")) if o is not None
              for t in o.subtree}  # what it bans, or closes a place `to` (`closed the airspace to drones`)
    if any(article.classes.get(i, set()) & {"military", "attackers"} for i in range(sent.start, sent.end)
           if i not in banned and i != trigger.i):
        return False  # (`drones` banned over a wedding are no armed party)
    occasions = [o for verb in (trigger, *trigger.conjuncts) for o in _prep_objects(verb, "for", "during")]
    occasions += [o for span in occasions for o in _prep_objects(span, "for")]  # "for two days for the wedding"
    return any("public_events" in article.classes.get(o.i, ()) for o in occasions)


def _objected_by_other_state(article: _Article, sent: Span, source: str | None) -> bool:
    """Whether a state other than the actor objects in the sentence, as the subject of an objecting verb
    (classes.json `objecting_verbs`: `Russia banned imports of wine, and Georgia protested`): the one it falls on."""
    return any(code != source and token.dep_ == "nsubj"
               and lemma_forms(token.head) & article.lex.roles["objecting_verbs"]
               for token, code in article.states_in(sent))


def _measure_holders(trigger: Token) -> list[Token]:
    """The words a measure's phrases hang on: the trigger and its conjuncts, the verb whose object or the noun whose
    describing participle it is (`imposed a ban on`, `assets frozen by the court`), and the act it stops (`stopped
    selling arms to`)."""
    holders = [trigger, *trigger.conjuncts]
    if trigger.dep_ in {"dobj", "nsubjpass", "attr", "acl", "amod"}:
        holders.append(trigger.head)
    return holders + [c for h in holders for c in h.children if c.dep_ == "xcomp"]


def _burdened_words(trigger: Token, obj: Token | None) -> list[Token]:
    """The words of a measure's phrases that may name whom or what it falls on: the object, a passive's subject, the
    subject of a measure another verb orders (`ordered the Dutch embassy closed`), the modifiers of a measure noun (`a
    Russian oil ban`), and the `on`, `against`, `to`, `into`, `from`, `with`, `of`, `for` of each, with their
    conjuncts and all the words under them (`assets held by a Russian billionaire`)."""
    holders = _measure_holders(trigger)
    phrases = [obj] if obj is not None else []
    phrases += [c for h in holders for c in h.children if c.dep_ in BURDENED_DEPS]
    if trigger.dep_ in {"ccomp", "oprd"} and trigger.pos_ in VERB_POS:
        phrases += [c for c in trigger.children if c.dep_ == "nsubj"]
    phrases += [p for h in [*holders, *phrases] for p in _prep_objects(h, *BURDENED_PREPS)]
    return [w for p in phrases if p is not None for t in (p, *p.conjuncts) for w in t.subtree]


def _set_in_other_state(article: _Article, trigger: Token, source: str | None) -> bool:
    """Whether a measure is set in a state other than the actor's (`the Red Cross suspended aid deliveries in
    Baghdad`): it falls on that state's people; a place at home (`in the Andes region`) names no one."""
    return any(code and code != source for h in _measure_holders(trigger) for p in _prep_objects(h, "in")
               for code in map(article.cast.code_at, p.subtree))


def _domestic_business(article: _Article, candidate: Candidate, sent: Span, source: str | None) -> bool:
    """Whether a measure or force falls on no party abroad and on no armed party: what it falls on (its object, a
    passive's subject, its `on`, and their `of`) is premises, land or goods at home (classes.json `home_holdings`,
    also `workplaces`, `mining_sites`, `seized_goods`, `consumer_goods`: `halted the sale of a golf course`, `raided
    the offices of a jewellery chain`, `raiding warehouses`), or the force moved is police (`deployed more police
    officers on the seafront`); force only by a policing act (`policing_acts`: a raid, a seizure), never a strike or
    a shelling. Whoever acts, a court, a council or a state, it is business at home where the sentence names no
    state but the acting one, no military word but the trigger and a war on a nuisance, no armed party, victims, unrest, vote or border,
    and the clause, but for its subject, names no party the actor layer finds and no group or person by name (not
    `raided a Hamas office`, `blocked the sale of a port to a Chinese firm`, `deployed police to the border`)."""
    info = article.lex.types[candidate.type]
    if info.plover not in MEASURE_PLOVER | FORCE_PLOVER or article.is_notice():
        return False
    trigger = candidate.trigger
    if info.plover == "ASSAULT" and not lemma_forms(trigger) & article.lex.roles["policing_acts"]:
        return False
    if article.sentence_words_any(sent, HOME_UNSAFE) or article.sentence_words(sent, "military") and any(
            "military" in article.classes.get(i, ()) and not _war_on_nuisance(article, article.doc[i])
            for i in range(sent.start, sent.end) if i != trigger.i):
        return False  # (a war on a nuisance is none: `declared war on illegal street vendors, deploying police`)
    if any(code != source for _, code in article.states_in(sent)) or _falls_on_armed_group(article, trigger):
        return False
    verb, subject = _clause_subject(article, trigger)
    verb = verb or trigger
    actor = article.cast.actor_at(subject) if subject is not None else None
    if actor is not None and actor.type == "group":
        return False  # "al-Shabaab stormed a hotel"
    acting = _acting_words(verb)
    if any((article.cast.actor_at(t) is not None and article.cast.code_at(t) != source)
           or t.ent_type_ in NAMED_PARTY_ENTITIES for t in verb.subtree
           if t.i not in acting and not _uncoded_setting(article, t)):  # (`in Mumbai`: where, no party)
        return False
    if info.plover == "MOBILIZE":
        return any(force is not None and bool(lemma_forms(force) & article.lex.roles["security_forces"])
                   for force in (candidate.obj, subject))
    held = [candidate.obj, *(c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}),
            *_prep_objects(trigger, "on")]
    held += [o for h in held if h is not None for o in _prep_objects(h, "of")]
    return any(h is not None and article.classes.get(h.i, set()) & HOME_HOLDING_CLASSES for h in held)


def _clause_names_party(article: _Article, trigger: Token, source: str, co_actors: set[int] = frozenset(),
                        craft: bool = True) -> bool:
    """Whether a measure's clause, but for its subject (and the states copying the actor), names a party it falls on
    (`_names_party`); without `craft`, a ship or plane (classes.json `platforms`) is none by itself (`vessels
    exceeding 400 metres`: a rule on size), only by the party that owns or lists it (`vessels owned by the companies
    listed below`). A town the state does not code, where something happens (`to cool prices in Toronto and
    Vancouver`), is a setting, no party."""
    verb = article.clause_verb(trigger)[0] or trigger
    actor = _acting_words(verb)
    visited = _visited_sites(article, verb)
    return any(_names_party(article, t, source) for t in verb.subtree
               if t.i not in actor and t.i not in co_actors and t.i not in visited
               and (craft or "platforms" not in article.classes.get(t.i, ()))
               and not _uncoded_setting(article, t))


def _acting_words(verb: Token) -> set[int]:
    """The words of a clause's subject or passive agent: who acts, whom a measure does not fall on."""
    return {t.i for c in verb.children if c.dep_ in {"nsubj", "agent"} for t in c.subtree}


def _names_state(article: _Article, token: Token) -> bool:
    """Whether a phrase names a state the cast codes anywhere in it (`Russian oil`, `to punish US firms`)."""
    return any(article.cast.code_at(t) for t in token.subtree)


def _uncoded_setting(article: _Article, token: Token) -> bool:
    """Whether a word is a place no state is coded for, named where something happens: a place entity that is (or
    is joined to, or names) the object of `in`, `at` or `during` (`prices in Toronto and Vancouver`, `in the Andes
    region`)."""
    if not token.ent_type_ or article.cast.code_at(token):
        return False
    place = token.ent_type_ in {"GPE", "LOC", "FAC"}
    while token.dep_ in {"conj", "compound"}:  # "in the Andes region": the place names the region it is set in
        token = token.head
    return (_named_by_place_noun(article, token)
            or place and token.dep_ == "pobj" and token.head.lower_ in SETTING_PREPS)


def _named_by_place_noun(article: _Article, token: Token) -> bool:
    """Whether a name is the `of` of a place noun (classes.json `place_nouns`: `the island of Koh Samui`, `the town
    of Sant Joan de Labritja`): a place, however the tagger labels it (a person, an organisation)."""
    return (token.dep_ == "pobj" and token.head.lower_ == "of"
            and token.head.head.lemma_.lower() in article.lex.roles["place_nouns"])


def _visited_sites(article: _Article, verb: Token) -> set[int]:
    """The words of the sites a clause's entries lead to, where it names visitors as who enters (classes.json
    `crowds`): the `to`/`into` of an entry noun or of the verb it is the object of (notices.json `entry_nouns`:
    `restricted daily entries to Machu Picchu to 5,600 visitors`, `capped access to Komodo Island with a quota of
    visitors`) is a place, however the parser tags its name, not a party the measure falls on; so is a site headed by
    a word of the places visitors go to (classes.json `visited_sites`: `suspended entry to Doi Inthanon national
    park`). A clause with neither (`banned entry to Lukashenko`, `to its ports`) keeps its `to` as the party."""
    clause = list(verb.subtree)
    entries = article.lex.notices["entry_nouns"]
    nouns = [t for t in clause if t.pos_ in NOUN_POS and t.lemma_.lower() in entries]
    if not nouns:
        return set()
    # the parser may hang the `to` on the verb whose object the entry is (`restricted entries to Machu Picchu`)
    holders = nouns + [n.head for n in nouns if n.dep_ == "dobj"]
    sites = [site for holder in holders for site in _prep_objects(holder, "to", "into")]
    visitors = any("crowds" in article.classes.get(t.i, ()) for t in clause)
    return {t.i for site in sites if visitors or "visited_sites" in article.classes.get(site.i, ())
            for t in site.subtree}


def _names_party(article: _Article, token: Token, source: str) -> bool:
    """Whether a word names a party a measure may fall on: one the actor layer finds (not the acting state), a
    named group or person, or a party word (see `_falls_on_no_party`)."""
    classes = article.classes.get(token.i, set())
    if classes & DOMESTIC_PARTY_CLASSES:
        return False
    if article.cast.actor_at(token) is not None or token.ent_type_ in NAMED_PARTY_ENTITIES:
        return article.cast.code_at(token) != source
    return bool(classes & SANCTIONED_PARTY_CLASSES) or token.lemma_.lower() in article.actor_nouns


def _domestic_trade_or_licence(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether a sanction, in a sentence with no military word, falls on a trade flow or sets a price (classes.json
    `trade_flows`, `price_controls`: the object, or the term and its modifier) that names no state, no owner and no
    party it goes to or comes from (`India banned exports of onions`, `imposed an export ban on rice`, `a price cap
    on 70 basic foods`; not `fuel purchases from Venezuela's state oil company`, `the import of goods originating in
    Pakistan`, `exports to the listed entities`, `denies Aeroflot export privileges`, `its oil exports`, `a price
    cap on Russian oil`) or on the licences of a civil party (`permits`, `civil_parties`: `the licences of striking
    doctors`, `_home_firm`: `the licence of a copper mine`): trade policy, a labour dispute or a regulator's business
    at home. Tariffs, export bans and price caps are a state's measure against another's goods or people."""
    if candidate.type != "sanctions" or article.sentence_words(sent, "military"):
        return False
    obj = candidate.obj if candidate.obj is not None else candidate.trigger
    classes = set(article.classes.get(obj.i, ()))
    if "permits" in classes and candidate.obj is not None:
        owners = [*_prep_objects(obj, "of"), *(c for c in obj.children if c.dep_ == "poss")]
        return any("civil_parties" in article.classes.get(o.i, ()) or _home_firm(article, o) for o in owners)
    if candidate.obj is None:  # a term: `export ban`, `price cap`
        classes.update(*(article.classes.get(c.i, ()) for c in obj.children if c.dep_ == "compound"))
    if not classes & {"trade_flows", "price_controls"} or any(c.dep_ == "dative" for c in candidate.trigger.children):
        return False
    if "price_controls" not in classes and not (_domestic_purpose(article, candidate.trigger)
                                                or _explains_market_move(article, candidate.trigger)):
        return False  # "China imposed an export ban on gallium": a trade measure with no aim named may be a sanction
    owned = any(c.dep_ == "poss" and (article.code_of(c) or c.lower_ in REPORTED_POSSESSIVES)
                for c in obj.children)
    parties = [p for holder in (obj, candidate.trigger) for p in _trade_parties(article, holder)]
    return (not owned and not parties and _named_ends(article, candidate)[1] is None
            and not _names_state(article, obj))


def _home_firm(article: _Article, owner: Token, source: str | None = None) -> bool:
    """Whether a word names a firm, a plant or a mine (classes.json `businesses`, `workplaces`, `mining_sites`) that
    no state but the acting one is named for and no word calls foreign (`foreign_marks`): `the licence of a copper
    mine`, `a microfinance company in Addis Ababa` for Ethiopia's central bank, not `the licence of a Russian bank`,
    `a Moscow-listed group`, `a foreign-owned lender`. A home regulator, court or ministry disciplining one is at
    home; a sanction falls on another state, its firms or its people. (A restriction reads it only where the sentence
    names no other state and the firm's phrase no other party, `_firm_names_party`; a firm that only describes what
    is seized, `bank accounts`, is none.)"""
    classes = article.classes.get(owner.i, set())
    if not (_is_business(article, owner) or classes & {"workplaces", "mining_sites"}):
        return False
    foreign = article.lex.roles["foreign_marks"]
    return not any(article.cast.code_at(t) not in (None, source) or t.lower_ in foreign for t in owner.subtree)


def _firm_names_party(article: _Article, firm: Token, source: str | None) -> bool:
    """Whether a firm's phrase names a party besides the firm and the place it is in (`funds tied to its members`,
    `a company owned by a billionaire`; not `a plant in Santa Fe`, however the tagger labels the place)."""
    located = {w.i for place in _prep_objects(firm, "in") for w in place.subtree}
    return any(_names_party(article, t, source) for t in firm.subtree if t.i != firm.i and t.i not in located)


def _threatens_rule_at_home(article: _Article, threat: Token, candidates: list[Candidate]) -> bool:
    """Whether what a threat verb threatens is a rule at home (`_domestic_trade_or_licence`: `threatened to revoke
    the licence of a copper mine`, `threatened to ban onion exports to cool prices`): a regulator's warning, neither
    force nor a sanction."""
    return any(c.type == "sanctions" and threat in c.trigger.ancestors
               and not _in_condition(article, c.trigger, threat)
               and _domestic_trade_or_licence(article, c, article.sentence(c.trigger)) for c in candidates)


def _trade_parties(article: _Article, holder: Token) -> list[Token]:
    """The parties a trade flow or a measure on it goes to or comes from (its `to`, `from`, `with`, `for`), not a
    span of time (`halted exports for three weeks`, `stop selling them from June`)."""
    return [p for p in _prep_objects(holder, "to", "from", "with", "for")
            if p.ent_type_ not in {"DATE", "TIME"} and p.lower_ not in article.lex.roles["time_spans"]]


def _traded_goods(trigger: Token, flow: Token) -> list[Token]:
    """The goods of a trade measure, with their conjuncts: the `of` of the flow or of the flow it is joined to (`the
    sale and import of menthol cigarettes`), the `on` of the measure (`an import ban on plastic bottles`), else the
    object of the measure or of the trade act it governs (`must stop selling disposable vapes`) and that object's
    `of` (`banned the sale of tobacco`)."""
    acts = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
    objects = [c for a in acts for c in a.children if c.dep_ == "dobj"]
    flows = [flow, *objects, *([flow.head] if flow.dep_ == "conj" else [])]
    goods = [g for f in flows for g in _prep_objects(f, "of")] + _prep_objects(trigger, "on") + objects
    return goods + [c for g in goods for c in g.conjuncts]


def _consumer_goods_rule(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether a sanction, in a sentence with no military word, bars trade in goods a state regulates at home for
    health, safety or the environment (classes.json `consumer_goods`: `a ban on the import of disposable vapes`,
    `an import ban on plastic bottles`, `retailers must stop selling disposable vapes`) and names no party: no state
    on the goods (`Russian vodka`), no party the trade goes to or comes from (`cigarettes from Belarus`), no other
    restriction in the sentence (`as part of new sanctions`). A rule at home, whoever the sentence also names (`though
    smuggling from India remains common`); a sanction cuts off strategic goods or names the one it falls on."""
    trigger = candidate.trigger
    if article.sentence_words(sent, "military"):   # (read for sanctions only)
        return False
    flow = candidate.obj if candidate.obj is not None else trigger
    goods = _traded_goods(trigger, flow)
    if not any("consumer_goods" in article.classes.get(g.i, ()) for g in goods):
        return False
    measure = {trigger.i, flow.i, *(c.i for c in trigger.children if c.dep_ == "compound"),
               *(c.i for c in trigger.conjuncts)}
    if any("restrictions" in article.classes.get(i, ()) for i in range(sent.start, sent.end) if i not in measure):
        return False
    holders = [trigger, flow, *(c for c in trigger.children if c.dep_ == "xcomp")]
    return not (any(_trade_parties(article, h) for h in holders) or any(_prep_objects(g, "from", "to") for g in goods)
                or any(c.dep_ == "dative" for c in trigger.children)
                or any(_names_state(article, g) for g in goods))


def _conveys(article: _Article, verb: Token) -> bool:
    """A travel verb with a direct object carries someone (`flew him to Togo`, `drove the hostages to the border`)."""
    return (verb.pos_ in VERB_POS and lemma(verb) in article.lex.roles["conveying_verbs"]
            and any(c.dep_ == "dobj" for c in verb.children))


def _holds_captive(article: _Article, verb: Token) -> bool:
    """A verb of holding (classes.json `holding_verbs`) whose direct object is a party, coded or named (`rebels are
    holding two Ukrainian officials`, `the army has been holding thousands of Tamil refugees`), holds it captive: a
    meeting is held, a party is not."""
    return (verb.pos_ in VERB_POS and lemma(verb) in article.lex.roles["holding_verbs"]
            and any(c.dep_ == "dobj" and (article.code_of(c) or article.name_of(c)) for c in verb.children))


def _explains_market_move(article: _Article, trigger: Token) -> bool:
    """Whether the trade flow's clause only explains how a price, another economic quantity or a trade flow moved:
    an adverbial clause (`as`, `after`, `because`) of a verb whose subject is an `economic_quantities` or
    `trade_flows` word (`milk prices fell as China cut back on imports`, `shipments to Kenya jumped after Vietnam
    curbed exports`): a market report, the state a market."""
    verb = article.clause_verb(trigger)[0] or trigger
    return verb.dep_ == "advcl" and any(c.dep_ in {"nsubj", "nsubjpass"}
                                        and article.classes.get(c.i, set()) & {"economic_quantities", "trade_flows"}
                                        for c in verb.head.children)


def _domestic_purpose(article: _Article, trigger: Token) -> bool:
    """Whether the clause of a measure states an economic aim at home: a purpose clause (`to stabilise domestic
    prices`, `to protect domestic supplies`, `to fight inflation`, also one an `in` phrase carries: `in an attempt to
    bring down prices`, `in a bid to curb inflation`) whose object is an economic quantity or something domestic
    (classes.json `economic_quantities`, `domestic_aims`: also the producers at home, `to push miners into building
    smelters`), and names no state (`to punish American chipmakers` aims abroad)."""
    verb = article.clause_verb(trigger)[0] or trigger
    domestic = article.lex.roles["domestic_aims"]
    holders = {verb, trigger, *(c for c in trigger.children if c.dep_ == "dobj")}  # "exports of onions to stabilise"
    holders |= {o for holder in list(holders) for o in _prep_objects(holder, "in")}  # "in an attempt to"
    purposes = [c for holder in holders for c in holder.children
                if c.dep_ in {"advcl", "xcomp", "acl"} and any(a.tag_ == "TO" for a in c.children)]
    aims = [o for c in purposes for o in c.children if o.dep_ == "dobj"]
    aims = [o for o in aims if not _names_state(article, o)]  # not `to punish US firms`
    return any("economic_quantities" in article.classes.get(o.i, ()) or o.lemma_.lower() in domestic
               or any(m.lower_ in domestic for m in o.children if m.dep_ == "amod") for o in aims
               ) or _domestic_reason(article, holders)


def _domestic_reason(article: _Article, holders: set[Token]) -> bool:
    """Whether a measure's clause gives a reason at home: an `as`/`because`/`since`/`after` clause or an `amid` phrase
    (classes.json `reason_marks`) whose words hold an economic quantity, a `domestic_aims` word or a drought, flood
    or fire (`natural_causes`, `hazards`: `extended a ban on wheat exports as procurement fell short of target`,
    `suspended beef exports because domestic prices had climbed`, `after a drought cut the harvest`) and name no
    state (not `halted coal imports after Canberra called for an inquiry`): a reason is an aim told backwards."""
    marks = article.lex.roles["reason_marks"]
    reasons = [c for h in holders for c in h.children if c.dep_ == "advcl"
               and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]
    reasons += [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in marks]
    domestic, wanted = article.lex.roles["domestic_aims"], {"economic_quantities", "natural_causes", "hazards"}
    return any(not _names_state(article, r)
               and any(article.classes.get(t.i, set()) & wanted or t.lemma_.lower() in domestic for t in r.subtree)
               for r in reasons)


def _military_beside(article: _Article, sent: Span, trigger: Token) -> bool:
    """Whether a word of the sentence other than a verb trigger is military: a verb read as a military noun (`the
    film bombed`, `shelled out`) vouches for no military setting by itself; a noun (`the invasion`) or a word that
    counts victims (`three people were killed`) does."""
    itself = trigger.pos_ not in VERB_POS or "casualties" in article.classes.get(trigger.i, ())
    return article.sentence_words(sent, "military") and any(
        "military" in article.classes.get(i, ()) for i in range(sent.start, sent.end) if i != trigger.i or itself)


def _military_besides_kit(article: _Article, sent: Span, kit: Token) -> bool:
    """Whether a sentence has a military word besides the craft a company deploys or orders (`Air India announced an
    order for 470 jets`: the jets alone make no military sentence; `fighter jets` do)."""
    return article.sentence_words(sent, "military") and any(
        "military" in article.classes.get(i, ()) for i in range(sent.start, sent.end) if i != kit.i)


def _equipment_described(candidate: Candidate) -> bool:
    """A participle with `with` and no agent that describes a party by what it carries (`militiamen armed with
    machetes`, `a unit equipped with drones`): the party's kit, not an act of arming it."""
    trigger, obj = candidate.trigger, candidate.obj
    if obj is None or trigger.dep_ != "acl" or trigger.tag_ != "VBN" or any(
            c.dep_ in {"agent", "aux", "auxpass"} for c in trigger.children):
        return False
    return any(t.dep_ == "prep" and t.lower_ == "with" and t.head == trigger for t in obj.ancestors)


def _cargo_of_target(article: _Article, trigger: Token) -> bool:
    """A cargo participle describing a vehicle that a hostile act aims at (`attack trucks carrying fuel`, `attacks on
    convoys carrying aid`) or that a hypothetical modifier marks (`any tanker carrying fuel to Israel`, also read as a
    clause: `any tanker caught carrying fuel`): the load of a target, or the case a rule or warning covers, not goods
    a party sends."""
    if trigger.dep_ not in {"acl", "xcomp"} or not lemma_forms(trigger) & article.lex.roles["cargo_verbs"]:
        return False
    vehicle = trigger.head if trigger.dep_ == "acl" else article.subject(trigger.head)
    if vehicle is None:
        return False
    modifiers = article.lex.cues["hypothetical"]["modifiers"]
    if any(c.dep_ == "det" and c.lower_ in modifiers for c in vehicle.children):
        return True
    act = vehicle.head.head if vehicle.dep_ == "pobj" else vehicle.head
    return (trigger.dep_ == "acl" and vehicle.dep_ in {"dobj", "pobj", "nsubjpass"}
            and bool(lemma_forms(act) & article.lex.roles["targeting_acts"]))


def _received_by_subject(article: _Article, trigger: Token) -> bool:
    """Whether the clause's subject receives what the trigger names (`Uganda received helicopters`, `the Air Force
    took delivery of two helicopters`): the notice's issuer acting there is the recipient, not the giver (unlike
    `Norway will finance the purchase of ammunition`)."""
    return trigger.pos_ in VERB_POS or trigger.dep_ == "dobj" and any(
        lemma(trigger.head) in frame.receipt_verbs for frame in article.lex.frames)


def _receiving_clause(article: _Article, trigger: Token) -> Token:
    """The word whose subject receives what the trigger names: the trigger itself (`Ukraine received drones`), or
    the verb that takes a received noun (`Poland took delivery of tanks`)."""
    return trigger.head if trigger.pos_ in NOUN_POS and _received_by_subject(article, trigger) else trigger


def _has_receiver(article: _Article, clause: Token) -> bool:
    """Whether a receiving clause names its receiver as its subject: its own (`Ukraine received drones`), one raised
    from a verb or adjective that only frames it (`Ukraine is expected to receive`, `Poland is set to receive`, `Kyiv
    is due to get`), or a controlling verb's (`Ukraine hopes to receive German tanks`) unless the clause may get goods
    for another (classes.json `beneficiary_verbs`: `worked with partners to get Ukraine tanks`)."""
    if any(c.dep_ == "nsubj" for c in clause.children):
        return True
    if clause.dep_ != "xcomp":
        return False
    framing = clause.head
    raised = any(c.dep_ == "nsubjpass" for c in framing.children) or (
        framing.pos == ADJ and framing.dep_ == "acomp" and any(c.dep_ == "nsubj" for c in framing.head.children))
    controlled = (any(c.dep_ == "nsubj" for c in framing.children)
                  and not lemma_forms(clause) & article.lex.roles["beneficiary_verbs"])
    return raised or controlled


def _business_recipient(article: _Article, candidate: Candidate) -> bool:
    """Whether what is delivered goes to a business (classes.json `businesses`: `the Turkish airline took delivery
    of 25 jets`, `delivered ten planes to a leasing company`, also one named for its state: `Air India received 20
    jets`): the subject of a receiving head, else the `to` or `for` party of the head or its clause verb (`the first
    Embraer jets arrived in Nairobi for Kenya Airways`). Aircraft bought by airlines and lessors are civil however
    the object word reads; a military firm (`private military company`) is
    no business here. So is equipment for a civil body whose name holds a force word (classes.json `civil_bodies`:
    `fire engines and rescue gear donated to the Fire Brigade`): it bears no arms."""
    trigger = candidate.trigger
    verb, subject = _clause_subject(article, trigger)
    if candidate.reverse:
        recipients = [subject]
    else:
        recipients = [candidate.recipient] + [p for head in (trigger, verb) if head is not None
                                              for p in _prep_objects(head, "to", "for")]
    for party in recipients:
        if party is None:
            continue
        words = [party, *(c for c in party.children if c.dep_ in {"compound", "appos"})]
        if any("military" in article.classes.get(c.i, ()) for c in party.children):
            continue
        if "civil_bodies" in article.classes.get(party.i, ()):
            return True
        if _is_service(article, party, article.lex.notices["service_receipts"]):
            continue  # "the Colombian Marine Corps", "the Vanuatu Police Maritime Wing": a state's service, not a
            # company named for its state
        if any(_is_business(article, w) or article.named_for_state(party, w) for w in words[1:] + [party]):
            return True
    return False


def _moved_to_term(article: _Article, verb: Token, kind: str, *preps: str) -> bool:
    """Whether a verb's object of one of the prepositions is a term of the kind (`placed ... on its entity list`,
    `gathered ... for talks`): where the verb puts or brings its object names what the act is."""
    return verb.pos_ in VERB_POS and any(p.i in article.term_words(kind) for p in _prep_objects(verb, *preps))


def _names_sector(article: _Article, noun: Token) -> bool:
    """Whether a materiel word names a branch of an economy (classes.json `sector_nouns`): it modifies the sector noun
    (`the defense materiel sector`) or is coordinated with it (`the defense and related materiel, electronics, or
    transportation sectors`, as the parser reads it). An industry is named, nothing delivered."""
    sectors = article.lex.roles["sector_nouns"]
    return (noun.dep_ in {"compound", "nmod", "amod"} and noun.head.lemma_.lower() in sectors
            or any(c.lemma_.lower() in sectors for c in noun.conjuncts))


def _sold_to_civil_customers(article: _Article, candidate: Candidate) -> bool:
    """Whether goods go only to civil customers (classes.json `civil_customers`: farmers, surveyors, hobbyists,
    hunters, hospitals, conservationists): every `to` party of the head or its clause verb (also one the parser reads
    as a dative: `lent a helicopter to conservationists`), with its conjuncts (`its drones had been sold mostly to
    farmers and surveyors`): a civil sale or loan, whatever the goods; not one a military word describes, nor a list
    with another party (`sold to farmers and the army`)."""
    if candidate.reverse:
        return False
    trigger = candidate.trigger
    verb = article.clause_verb(trigger)[0]
    parties = [candidate.recipient] + [p for head in (trigger, verb) if head is not None
                                       for prep in head.children if prep.dep_ in {"prep", "dative"}
                                       and prep.lower_ == "to" for p in prep.children if p.dep_ == "pobj"]
    parties = [p for p in parties if p is not None]
    parties += [c for p in parties for c in p.conjuncts]
    return bool(parties) and all(
        "civil_customers" in article.classes.get(p.i, ())
        and not any(article.classes.get(c.i, set()) & SERVICE_CLASSES for c in p.children) for p in parties)


def _asks_to_acquire(article: _Article, trigger: Token) -> bool:
    """Whether an acquiring verb (`buy`, `procure`) is what its own subject asks to do (`Morocco has requested to buy
    missiles`, as a sale notice puts it): the buyer's own purchase, not an appeal to others."""
    return trigger.dep_ == "xcomp" and bool(lemma_forms(trigger.head) & article.requests)


def _security_forces_act(article: _Article, trigger: Token) -> bool:
    """Whether law enforcement is the subject of the trigger's clause or of a clause it announces (`police fired
    tear gas`, `warned that police will not tolerate rallies`): the police acting, not reporting (`police said`)
    or ending a protest (`before police persuaded them to leave`); or what the act falls on."""
    verb, _ = article.clause_verb(trigger)
    if verb is None:
        return False
    clauses = [verb, *(c for c in verb.children if c.dep_ in {"ccomp", "xcomp"})]
    forces = article.lex.roles["security_forces"]
    for clause in clauses:
        subject = article.subject(clause)
        words = [subject, *(c for c in subject.children if c.dep_ in MODIFIER_DEPS)] if subject is not None else []
        if any(w.lower_ in forces or w.lemma_.lower() in forces for w in words):
            return True
    # ...or the party the act falls on (`the attack on the police station`, `gunmen attacked policemen`)
    aims = [a for holder in {trigger, verb} for c in holder.children
            for a in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"]
                      if c.dep_ == "prep" and c.lower_ in {"on", "against"} else [])]
    return any(w.lower_ in forces or w.lemma_.lower() in forces
               for a in aims for w in (a, *(c for c in a.children if c.dep_ in MODIFIER_DEPS)))


def _announced_measure(article: _Article, candidate: Candidate, status: str, source: ActorRef | None,
                       civilian: bool) -> bool:
    """A sanction or restriction (a boycott, a blockade, a curfew) that a named party threatens or announces is
    a political threat whoever makes it (opposition groups, farmers, a president the gazetteer cannot code);
    force is not in it (`workers threatened to strike`), nor everyday news (`fans threatened a boycott`)."""
    plover = article.lex.types[candidate.type].plover
    return (status in ("threatened", "planned") and plover in MEASURE_PLOVER and source is not None
            and not civilian)


def _in_organisation_name(article: _Article, trigger: Token) -> bool:
    """Whether the trigger is a word inside the name of a body the actor layer resolved (`the Office of Financial
    Sanctions Implementation`, an organisation or a state's office): the body deals with the measure, it is not the
    measure. A list keeps its word (`added to the Sanctions List`)."""
    institution = article.cast.institution_at(trigger)
    if institution and len(institution.split()) > 1:
        return True  # "reported to the Office of Financial Sanctions Implementation": a state's office, by name
    actor = article.cast.actor_at(trigger)
    if actor is None or actor.type != "organization":
        return False
    name_head = trigger
    while name_head.head.i != name_head.i and article.cast.actor_at(name_head.head) is actor:
        name_head = name_head.head
    return name_head.i != trigger.i and ("governing_bodies" in article.classes.get(name_head.i, ())
                                         or name_head.lemma_.lower() in article.actor_nouns)


def _in_law_title(article: _Article, trigger: Token) -> bool:
    """Whether the trigger is a capitalised word in the title of a law (`the Russia Sanctions Act 2022`, `the Embargo
    Act`, `the Autonomous Sanctions Regulations`, `the Terrorism (Asset Freeze and Travel Ban) Act`) or of an office
    (`the Office of Trade Sanctions Implementation`), or a word that only says which body of rules another noun is
    (`licences issued under UK sanctions regulations`, `amended the EU sanctions frameworks`): the law or office is
    named, no measure is taken; so is the body of law a mass noun names (`under Australian sanctions law`), not one
    law (`the conscription law`), which may itself be the measure."""
    notices = article.lex.notices
    if trigger.dep_ == "compound" and (trigger.head.lower_ in notices["rule_bodies"] or (
            trigger.head.lower_ in notices["mass_rule_bodies"]
            and not any(c.dep_ in {"det", "poss"} for c in trigger.head.children))):
        return True
    if _in_office_title(article, trigger):
        return True
    token = trigger
    while token.dep_ == "compound" and token.is_title and token.head.i != token.i:
        token = token.head
        if token.is_title and token.lower_ in article.lex.notices["law_titles"]:
            return True
    return _before_law_title(article, trigger) or _law_subject(article, trigger)


def _before_law_title(article: _Article, trigger: Token) -> bool:
    """Whether a capitalised trigger is followed, through capitalised words, brackets, commas and `and`, by a
    capitalised law word (`the Terrorism (Asset Freeze and Travel Ban) Act`, `the Financial Prohibitions, Arms
    Embargo and Travel Ban Regulations`): read off the words, as the parser hangs a bracketed title's words anywhere."""
    if not trigger.is_title:
        return False
    for token in trigger.doc[trigger.i + 1:trigger.i + TITLE_REACH]:
        if token.is_title and token.lower_ in article.lex.notices["law_titles"]:
            return True
        if token.lemma_.lower() in article.lex.notices["programme_titles"] and token.i > trigger.i + 1:
            return True  # "provided through the Export Control and Related Border Security program": a programme
        if not (token.is_title or token.text in TITLE_JOINERS):
            return False
    return False


def _law_subject(article: _Article, trigger: Token) -> bool:
    """Whether the trigger is the subject matter in a law's title (`under the Regulation on targeted financial
    sanctions`, `the Law on International Restrictive Measures`): the capitalised law word just before the
    preposition (`title_prepositions`) is read off the words, as the parser often hangs the preposition elsewhere."""
    token = trigger
    while token.dep_ in {"amod", "compound", "conj"} and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in article.lex.notices["title_prepositions"] or prep.i == 0:
        return False
    law = prep.doc[prep.i - 1]
    return law.is_title and law.lower_.removesuffix("s") in article.lex.notices["law_titles"]


def _in_office_title(article: _Article, trigger: Token) -> bool:
    """Whether the capitalised trigger climbs, through capitalised compounds and `of`, to a capitalised governing body
    (`Office of Trade Sanctions Implementation`) or office head (notices.json `office_heads`: `the Sanctions
    Monitoring Board`, `the Export Control Agency`): an office's name the actor layer does not know."""
    token = trigger
    for _ in range(4):
        if not token.is_title:
            return False
        if token.dep_ == "compound":
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head
        else:
            return False
        if token.is_title and ("governing_bodies" in article.classes.get(token.i, ())
                               or token.lower_ in article.lex.notices["office_heads"]):
            return True
    return False


def _past(verb: Token) -> bool:
    """Whether a verb tells of the past (`ordered`, `were instructed`, `had requested`)."""
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


def _stated_as_obligation(article: _Article, trigger: Token) -> bool:
    """Whether a measure is stated as an obligation (`must be frozen`, `shall freeze`): a notice's language."""
    verb = trigger if trigger.pos_ in VERB_POS else trigger.head
    obligations = article.lex.notices["act_obligations"] - {"should"}
    return any(c.dep_ == "aux" and c.lower_ in obligations for c in verb.children)


def _official_lists_parties(article: _Article, trigger: Token) -> bool:
    """Whether an official body (`_official`: `the competent Authority`, `the Ministry of Interior`) takes a measure
    verb on parties a notice lists (classes.json `listed_parties`: `has designated three individuals under the
    anti-terrorism law`): the office's measure, however everyday its word; not one that names them to a task
    (`designated three officials to lead the inquiry`)."""
    if trigger.pos_ not in VERB_POS or any(c.dep_ in {"xcomp", "advcl", "ccomp"} for c in trigger.children):
        return False
    parties = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}
               and "listed_parties" in article.classes.get(c.i, ())]
    return bool(parties) and article._official(article.subject(trigger))


def _enacting_verb(article: _Article, noun: Token) -> Token | None:
    """The verb that enacts a legal instrument (notices.json `enacted_instruments`, `enacting_verbs`), told as done:
    the instrument is its object (`the Seimas passed a law banning`), its passive subject (`a decision lifting
    sanctions was published`) or the noun its participle describes (`a decree signed by the president`). A modal, a
    `to` or a negation leaves the instrument unenacted (`plans to pass a law`, `will sign the decree`, `did not pass
    the bill`), and so does any other verb (`introduced a bill`, `withdrew the bill`, `debated a bill`)."""
    notices = article.lex.notices
    if noun.pos_ not in NOUN_POS or not lemma_forms(noun) & notices["enacted_instruments"]:
        return None
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    verbs += [noun.head] if noun.dep_ in {"dobj", "nsubjpass"} else []
    return next((v for v in verbs if lemma_forms(v) & notices["enacting_verbs"] and v.tag_ in {"VBD", "VBN"}
                 and all(c.lemma_ in {"be", "have"} for c in v.children if c.dep_ in {"aux", "auxpass", "neg"})), None)


def _enactor(article: _Article, noun: Token | None) -> Token | None:
    """Who acts in the clause a legal instrument carries: whoever enacted it (`Lithuania's Seimas approved a law
    banning`, `a decree published by the Argentine government added Hamas to the register`), where the instrument is
    the clause's subject (or the noun its participle describes) and `_enacting_verb` names its enactor; else the
    subject itself. The instrument only carries the act; the legislature or government that passed it does it. A
    relative pronoun stands for the noun its clause describes (`passed a bill that bans`)."""
    law = noun.head.head if noun is not None and noun.tag_ == "WDT" and noun.head.dep_ == "relcl" else noun
    verb = _enacting_verb(article, law) if law is not None else None
    enactor = article.subject(verb) if verb is not None else None
    return noun if enactor is None or enactor == law else enactor


def _carries_enacted_act(article: _Article, noun: Token, clause: Token) -> bool:
    """Whether the path up from a trigger reaches a legal instrument from the clause on it that states its content (`a
    law banning`, `a decision lifting sanctions`, `a law that bans`), or from the word that names it (`a general
    mobilisation order issued on Tuesday`), and the instrument is enacted (`_enacting_verb`): the act is in force,
    whatever the instrument's own word says of plans (`decision`) or whatever governs it."""
    return clause.dep_ in {"acl", "relcl", "compound"} and _enacting_verb(article, noun) is not None


def _by_legal_act(article: _Article, trigger: Token) -> bool:
    """Whether the clause's subject is a legal act (`The order prohibits covered institutions from`, `the Regulation
    bans`, a notices.json `legal_acts` word): the notice's own measure, however everyday its word."""
    subject = _clause_subject(article, trigger)[1]
    return subject is not None and subject.lemma_.lower() in article.lex.notices["legal_acts"]


def _names_reported_act(article: _Article, trigger: Token) -> bool:
    """Whether a threat word is only the name a speaker gives an act told beside it (status_cues `namings` with a
    pronoun or `what` as object, or in a relative clause on the act's noun: `calling them a warning`, `in what Seoul
    described as a provocation`, `in a move Seoul called retaliation`); not where
    the act is itself said (`said police would shut the institutions ..., in what Serbia called an ultimatum`): then
    the statement is what is named, a threat."""
    naming = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "as" else trigger.head
    if not (trigger.dep_ in {"oprd", "attr", "pobj"} and lemma_forms(naming) & article.lex.cues["namings"]):
        return False
    if naming.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in naming.children):
        return True   # (the relative clause names its noun, `a move`, an act, whoever reports the sentence)
    return (any(c.dep_ == "dobj" and c.tag_ in {"PRP", "WP", "DT"} for c in naming.children)
            and not any(lemma_forms(t) & quote_cues().verbs for t in naming.ancestors if t.pos_ in VERB_POS))


def _speaking_body(article: _Article, candidate: Candidate) -> bool:
    """Whether a trigger noun that a state or organisation owns is the subject of a verb that reports a clause (`...,
    the UN peacekeeping mission said`, `the EU's monitoring mission reported that`): the body speaks, the sentence
    reports something else."""
    trigger = candidate.trigger
    if not (candidate.obj is None and trigger.dep_ == "nsubj" and trigger.pos_ in NOUN_POS):
        return False
    verb = trigger.head
    reports = verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in verb.children)  # not "the buildup continued"
    return reports and bool(lemma_forms(verb) & quote_cues().verbs) and bool(article.code_of(trigger))


def _network_itself(article: _Article, trigger: Token) -> bool:
    """Whether a payments network's name (triggers.json `network_terms`) names the network, not a party cut from it:
    it is the object of `from`, by itself or as a modifier of that object (`cut off from the SWIFT system`), or a
    modifier of a `network_cut_nouns` word (`a SWIFT exclusion`), else it is the network itself."""
    networks = article.lex.networks
    if trigger.lower_ not in networks["terms"]:
        return False
    holder = trigger.head if trigger.dep_ in MODIFIER_DEPS else trigger
    if trigger.dep_ in MODIFIER_DEPS and holder.lemma_.lower() in networks["cut_nouns"]:
        return False
    return not (holder.dep_ == "pobj" and holder.head.lower_ == "from")


def _complied_with(article: _Article, trigger: Token) -> bool:
    """Whether the nearest verb over the trigger is one of complying (`comply with`, `abide by`)."""
    verb = next((t for t in trigger.ancestors if t.pos_ in VERB_POS), None)
    return verb is not None and bool(lemma_forms(verb) & article.lex.notices["compliance_verbs"])


def _screened_against(article: _Article, trigger: Token) -> bool:
    """Whether the trigger names a list that something is checked against (`screen customers against the
    Consolidated Sanctions List`, `check payments against the UN sanctions list`: a `screening_prepositions` word over
    the list), also as what the list is of (`against the list of asset freeze targets`): a standing list used for
    screening, not a measure taken."""
    if trigger.dep_ != "compound":
        return False
    listed = _listing_noun_over(article, trigger.head)
    if listed is None:
        return False
    listed = _first_conjunct(listed)
    return listed.dep_ == "pobj" and listed.head.lower_ in article.lex.notices["screening_prepositions"]


def _listing_noun_over(article: _Article, noun: Token) -> Token | None:
    """The list a trigger's noun names or fills: the noun itself when a `listing_nouns` word, else the list whose `of`
    it is (`the list of asset freeze targets`)."""
    listing = article.lex.notices["listing_nouns"]
    if noun.lemma_.lower() in listing:
        return noun
    holder = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and holder.lemma_.lower() in listing:
        return holder
    return None


def _relayed_list(article: _Article, trigger: Token) -> bool:
    """Whether the trigger names a list that a body only tells others about (`informs financial institutions of the
    changes to the Al-Qaida Sanctions List`: a `listing_nouns` word whose phrase, through its `of`, `to` and
    conjuncts, is what a `relaying_verbs` verb tells): the body relays a list someone else keeps, and takes no
    measure by telling; a list something is added to is the adding verb's (`added two names to the Sanctions
    List`). So is a list a tool or a user works on (a `list_using_verbs` verb: `the search tool, which combines eleven
    screening lists, including the Entity List`), or one a tool holds (a `list_tools` noun its phrase hangs on:
    `has updated the search tool, ..., including the Entity List`)."""
    notices = article.lex.notices
    listing = notices["listing_nouns"]
    if trigger.lemma_.lower() in listing and trigger.dep_ != "compound" or (
            trigger.dep_ == "conj" and trigger.head.lemma_.lower() in listing):
        node = trigger   # "the Entity List": the term is the list (or one of the lists named together)
    elif trigger.dep_ == "compound" and trigger.head.lemma_.lower() in listing:
        node = trigger.head
    else:
        return False
    for _ in range(4):   # a few steps up the noun phrase, to the first verb
        if node.dep_ not in {"dobj", "pobj", "prep", "conj"} or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in notices["list_tools"]:
            return True
        if node.pos_ in VERB_POS and node.dep_ != "prep":   # (not `including`, read as a preposition)
            return lemma(node) in notices["relaying_verbs"] | notices["list_using_verbs"]
    return False


def _jurisdiction(article: _Article, trigger: Token) -> str | None:
    """The state a measure takes effect in, named by `in` on the measure's participle (`the assets frozen in Italy`,
    `accounts were blocked in Switzerland`, `the ban came into force in Latvia`) or on what it falls on (`the funds
    in Peru of two companies have been frozen`), or on the subject it obliges (`Any person in Malaysia holding
    property of the specified entities shall freeze that property`), or the state a party is barred from entering or
    refused entry to (`entry into Latvia is prohibited`): its authorities took it."""
    participles = [trigger, *(c for c in trigger.children if c.dep_ in {"acl", "relcl"})]
    if trigger.dep_ in {"nsubj", "nsubjpass"}:
        participles.append(trigger.head)
    holders = [verb for verb in participles if verb.pos_ in VERB_POS | {"ADJ"}]
    holders += [p for verb in holders for p in _prep_objects(verb, "into")]  # "the ban came into force in Latvia"
    if trigger.pos_ in VERB_POS and any(c.dep_ == "aux" and c.lower_ in article.lex.notices["act_obligations"]
                                        for c in trigger.children):
        holders += [c for c in trigger.children if c.dep_ == "nsubj"]  # "any person in Malaysia shall freeze"
    holders += [c for c in trigger.children if c.dep_ == "nsubjpass"]  # "the assets in Peru ... have been frozen"
    places = [p for holder in holders for p in _prep_objects(holder, "in") if p.ent_type_ == "GPE"]
    # "prohibit the listed vessels from entering the internal waters of New Zealand": the state entered bars entry
    entry_verbs = article.lex.notices["entry_verbs"]
    entering = [verb for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "from"
                for verb in prep.children if verb.dep_ == "pcomp" and verb.lemma_.lower() in entry_verbs]
    entered = [g for verb in entering for g in verb.children if g.dep_ == "dobj"] + [
        g for verb in entering for g in _prep_objects(verb, "at", "into", "in")]   # "from calling at Georgian ports"
    places += [p for g in entered for p in (*_place_names(g, article.lex.notices), *_prep_objects(g, "of"))
               if p.ent_type_ in {"GPE", "NORP"}]
    # "results in a refusal of entry to Poland", "was denied entry to Australia": the state entry to is refused
    # (`whose entry into the Republic of Estonia is prohibited`: entry as what the measure forbids)
    entry = [t for t in (trigger, *trigger.children, *_prep_objects(trigger, "of"))
             if t.i == trigger.i and t.lemma_.lower() in article.lex.notices["entry_nouns"]
             or t.i != trigger.i and _names_entry(t, article.lex.notices)]
    notices = article.lex.notices
    places += [n for t in ([trigger, *entry] if entry else []) for p in _entered_places(trigger, t, notices)
               for n in _place_names(p, notices) if n.ent_type_ in {"GPE", "NORP"}]
    return next((article.code_of(p) for p in places if article.code_of(p)), None)


def _decreed_by(article: _Article, trigger: Token) -> str | None:
    """The state or organisation whose legal act the measure's clause is taken by or under (`By decree of the Minister
    of Economy of Lithuania, the assets of four companies were frozen`, `assets were frozen under an order issued by
    Bangladesh's financial intelligence unit`, `were frozen on the orders of the Swiss government`): the first one
    named in the act's phrase."""
    return next((code for act in _decreeing_acts(article, trigger) for t in act.subtree
                 if (code := article.cast.code_at(t))), None)


def _decreeing_acts(article: _Article, trigger: Token) -> list[Token]:
    """The legal acts the measure's clause is taken by, under or on (`By resolution of`, `under an order`)."""
    verb = article.clause_verb(trigger)[0]
    return [] if verb is None else [a for prep in verb.children if prep.dep_ == "prep"
                                    and prep.lower_ in {"by", "under", "on"}
                                    for a in prep.children
                                    if a.dep_ == "pobj" and a.lemma_.lower() in article.lex.notices["legal_acts"]]


def _decreeing_body(article: _Article, trigger: Token) -> str | None:
    """The name of the official body no state code names whose legal act the measure's clause is taken by (`By
    resolution of the Financial Monitoring Service, three persons have been included in the register`): it issues
    the measure, as a notice's opening body does."""
    return next((_capitalised_phrase(body).text for act in _decreeing_acts(article, trigger)
                 for body in _prep_objects(act, "of", "by") if body.is_title and article._official(body)), None)


def _list_keeper(article: _Article, trigger: Token) -> tuple[str | None, str | None]:
    """(code, name) of the official body that keeps the list a measure puts parties on (`three names were included
    in the list kept by the Committee`, `added to the list maintained by the Security Council Committee`: a
    `keeping_verbs` participle on a `listing_nouns` word, done `by` the body): the list and its additions are its
    own."""
    notices = article.lex.notices
    lists = [t for t in _prep_objects(trigger, "to", "in", "on", "into")
             if t.lemma_.lower() in notices["listing_nouns"]]
    bodies = [body for listed in lists for participle in listed.children
              if participle.dep_ == "acl" and participle.lemma_.lower() in notices["keeping_verbs"]
              for agent in participle.children if agent.dep_ == "agent"
              for body in agent.children if body.dep_ == "pobj" and article._official(body)]
    if not bodies:
        return None, None
    code, name, _ = article._body_of(bodies[0])
    return code, name


def _reporting_body(article: _Article, trigger: Token) -> str | None:
    """The state of the official body that reports a measure its own clause takes by no one (`A ban on dairy imports
    has been imposed, China's customs agency said`): the body that enforces it took it; not one whose clause's
    subject bears it (`the sports ministry said it accepted the sanction`)."""
    verb = article.clause_verb(trigger)[0]
    if verb is None or verb.dep_ != "ccomp" or not lemma_forms(verb.head) & quote_cues().verbs:
        return None
    if lemma_forms(verb) & article.measure_patient_verbs:
        return None
    subject = article.subject(verb.head)
    if subject is None or subject.lemma_.lower() not in article.lex.notices["issuing_bodies"]:
        return None
    return article.code_of(subject)


def _thanked_for(article: _Article, trigger: Token) -> tuple[str | None, str | None]:
    """(giver, receiver) of a delivery someone is thanked for (`expresses its gratitude to Türkiye for the supply of
    armoured vehicles`, `thanked Japan for the donation of patrol boats`): the one thanked gave it, the one who
    thanks received it; a classes.json `gratitude` word over the delivery's `for`."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
        return None, None
    holder = trigger.head.head
    if lemma(holder) not in article.lex.roles["gratitude"]:
        return None, None
    if holder.pos_ in VERB_POS:   # "thanked Japan for"
        thanked = next((c for c in holder.children if c.dep_ == "dobj"), None)
        thankful = article.subject(holder)
    else:                         # "its gratitude to Türkiye for", "thanks to Japan for"
        thanked = next(iter(_prep_objects(holder, "to")), None)
        thankful = article.subject(holder.head) if holder.dep_ == "dobj" else None
    return _party_code(article, thanked), _party_code(article, thankful)


def _party_code(article: _Article, party: Token | None) -> str | None:
    """The code of a party word or of the state that owns it (`Mongolia's Ministry of Defence`)."""
    if party is None:
        return None
    return next((article.code_of(t) for t in (party, *party.children)
                 if (t.i == party.i or t.dep_ in MODIFIER_DEPS) and article.code_of(t)), None)


SCOPE_REACH = 20   # words after a measure noun in which the verb saying what it covers is looked for


def _scope_denied(article: _Article, trigger: Token) -> bool:
    """Whether the measure noun is what a negated notices.json `scope_verbs` verb says (`the export prohibitions do
    not apply to personal belongings`, `U.S. sanctions on Russia do not target food`): what a standing measure leaves
    out, an exemption, no measure taken and none denied. The verb is the first full verb after the noun within a
    few words, not a participle (`entities not covered by`): the parser often splits such a sentence at a
    regulation's number (`Regulation (EU) No 833/2014 do not apply`)."""
    if trigger.pos_ not in NOUN_POS:
        return False
    doc = trigger.doc
    verb = next((t for t in doc[trigger.i + 1:trigger.i + SCOPE_REACH] if t.pos_ == "VERB"), None)
    return (verb is not None and verb.tag_ in {"VB", "VBP", "VBZ"}
            and verb.lemma_.lower() in article.lex.notices["scope_verbs"]
            and any(t.lower_ in {"not", "n't"} for t in doc[max(verb.i - 2, 0):verb.i]))


def _conceded(article: _Article, trigger: Token) -> bool:
    """Whether the measure is what something happens in spite of (a notices.json `concessive_prepositions` phrase
    over it: `payments authorised notwithstanding the asset freeze`, `trade grew despite the sanctions`): a measure
    already standing, which the sentence names as background, not one taken."""
    while trigger.dep_ in {"compound", "amod", "conj"}:
        trigger = trigger.head
    if trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    return any(prep.i >= len(words) - 1 and prep.lower_ == words[-1]
               and [t.lower_ for t in prep.doc[prep.i - len(words) + 1:prep.i + 1]] == words
               for words in _concessive_phrases())


@lru_cache(maxsize=1)
def _concessive_phrases() -> tuple[list[str], ...]:
    """The notices.json `concessive_prepositions`, split into words once."""
    return tuple(phrase.split() for phrase in lexicon().notices["concessive_prepositions"])


def _withdrawn_from(article: _Article, trigger: Token) -> bool:
    """Whether the trigger is what someone or something is taken out of (`removed from OFAC's SDN List`, `the removal
    of two entries from the Entity List`, `removed from the List of Specially Designated Nationals`): a `withdrawals`
    word over its `from`."""
    while trigger.dep_ == "compound" or trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and (
            trigger.head.head.lemma_.lower() in article.lex.notices["listing_nouns"]):
        trigger = trigger.head if trigger.dep_ == "compound" else trigger.head.head  # "from the List of ... Nationals"
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "from":
        return False
    withdrawals = article.lex.notices["withdrawals"]
    for step, holder in enumerate(trigger.head.ancestors):  # `from` may hang from the entries removed
        if lemma_forms(holder) & withdrawals:
            return True
        if holder.pos_ in VERB_POS:  # "introduce an exemption from asset freezes": what the verb brings withdraws
            return any(lemma_forms(o) & withdrawals for o in holder.children if o.dep_ == "dobj")
        if step == 2:
            return False
    return False


def _withdrawn(article: _Article, trigger: Token) -> bool:
    """Whether the measure is what a `withdrawals` verb ends, as its object or its passive subject (`revoked the
    designation`, `the freeze on its assets has been lifted`, `lifted the travel ban and the asset freeze`): a measure
    ended, not taken, whoever ends it. An act of trade a verb suspends (`all commerce with Haiti is suspended`) is no
    measure ended: the suspension is the measure."""
    if trigger.dep_ in {"dobj", "nsubjpass"} and _trade_act(trigger, article.lex.notices):
        return False
    while trigger.dep_ in {"compound", "conj"}:
        trigger = trigger.head
    verb = trigger.head
    return (trigger.dep_ in {"dobj", "nsubjpass"} and verb.pos_ in VERB_POS
            and bool(lemma_forms(verb) & article.lex.notices["withdrawals"]))


def _released_holding(article: _Article, trigger: Token) -> bool:
    """Whether the measure describes what a `releasing_verbs` verb gives back (`release funds that were frozen
    because of a name match`, `unblock assets blocked in error`, `the release of frozen funds`): the holding is
    relieved, no measure taken; so is one in a clause on the releasing verb (`Where funds were frozen solely on the
    basis of that listing, institutions may release them`)."""
    releasing = article.lex.notices["releasing_verbs"]
    if trigger.dep_ == "advcl" and trigger.head.pos_ in VERB_POS and lemma(trigger.head) in releasing:
        return True
    if not (trigger.dep_ in {"relcl", "acl"} or trigger.dep_ == "amod" and trigger.tag_ == "VBN"):
        return False
    held = trigger.head
    giver = held.head.head if held.dep_ == "pobj" and held.head.lower_ == "of" else held.head
    return (held.dep_ in {"dobj", "nsubjpass", "pobj"} and giver.pos_ in VERB_POS | NOUN_POS
            and lemma(giver) in releasing)


def _relieved_regime(article: _Article, trigger: Token) -> bool:
    """Whether the measure is the regime a relief is granted under or from (a notices.json `reliefs` noun over its
    `under`/`from`: `issued a general licence under the Sanctions Law`, `information on the exemption under EU
    restrictive measures`): the measure stands, and the relief is the text's business, no measure taken."""
    while trigger.dep_ in {"compound", "amod", "nmod", "conj"}:
        trigger = trigger.head   # "the Sanctions (Isle of Man) Order": the act's name
    prep = trigger.head
    return (trigger.dep_ == "pobj" and prep.lower_ in {"under", "from"} and prep.head.pos_ in NOUN_POS
            and prep.head.lemma_.lower() in article.lex.notices["reliefs"])


def _by_sanctions_office(article: _Article, trigger: Token) -> bool:
    """Whether the measure's clause has a sanctions office as its subject (notices.json `publishing_offices`:
    `OFAC designated 26 individuals and seven Russian entities`): the office takes measures and nothing else, so its
    everyday verb (`designate`, `identify`) is one, whomever it falls on."""
    return article.in_office(_clause_subject(article, trigger)[1], "sanctions")


def _by_governing_body(article: _Article, trigger: Token) -> bool:
    """Whether the clause's subject is a body that governs (`the Council`, `the government`) or a community of
    states (classes.json `blocs`): what it imposes by name (`restrictive measures`, `an asset freeze`) is a state's
    or an organisation's measure, and so is an everyday measure a community of states takes by its verb on a state
    it names (`the Commonwealth suspended Fiji from its councils`)."""
    verb, subject = _clause_subject(article, trigger)
    if verb is None or subject is None:
        return False
    classes = article.classes.get(subject.i, set())
    if trigger == verb:   # "the Commonwealth suspended Fiji": a community of states acting on a member (not "the
        return "blocs" in classes   # city council voted to freeze money for road repairs": its own budget)
    if trigger.i not in _objects(article, verb):
        return False  # "published a report on export controls": a topic, not a measure taken
    return bool(classes & {"governing_bodies", "blocs"})


def _struck_by_weapon(article: _Article, candidate: Candidate, classes: set[str] = ATTACKER_CLASSES) -> bool:
    """An attack whose actor is the weapon itself (`armed drones attacked a naval base`, `a missile hit the port`)
    or the weapon an attack frame aims (`a grenade was hurled into a crowded cafe`, `rockets were fired at the town`)
    or an armed attacker no one names (`unidentified gunmen stormed a village`, `the raid by bandits`): an event
    even when no one is named behind it. An armed group threatening force is one too, also named by its
    members (`leaders of the gang threatened a wave of attacks`). Asked for `WEAPONS` only, the weapon itself."""
    if candidate.type not in {"attack", "cyberattack", "threat"}:
        return False
    trigger, subject = candidate.trigger, _clause_subject(article, candidate.trigger)[1]
    subject = subject if subject is None else _counted_word(subject)   # "a swarm of drones hit a fuel depot"
    members = [] if subject is None or subject.lemma_.lower() not in article.actor_nouns | article.lex.roles[
        "membership_nouns"] else _prep_objects(subject, "of")   # "members of a gang coalition stormed the town"
    actors = [subject, *members] + _prep_objects(trigger, "by", "from")   # "came under fire from gunmen"
    thrown = candidate.obj is not None and candidate.type == "attack" and bool(
        article.classes.get(candidate.obj.i, set()) & WEAPONS)   # "a grenade was hurled into a cafe"
    # (a group named by its compound: `the Viv Ansanm gang coalition`, `a jihadist militant alliance`)
    return thrown or any(actor is not None and any(article.classes.get(w.i, set()) & classes for w in (
        actor, *(c for c in actor.children if c.dep_ == "compound" and actor != trigger))) for actor in actors)


def _cyberattack_on_state(article: _Article, candidate: Candidate) -> bool:
    """An attack a word names outright as cyber (`ransomware attack`, `cyberattack`) on what a state owns: its `on`
    object (`a ransomware attack on Estonia's tax office`) or the object of what it did (`a cyberattack that crippled
    Indonesia's national data centre`, also its `of`: `the websites of Slovakia's parliament`): an event with a
    victim, whoever is behind it; a company's systems are a crime's victim (`disrupted its billing systems`, `an
    attack on the Dutch supermarket's logistics firm`, `forced a Dutch supermarket chain to shut its online shop`),
    whatever its nationality (a state named as its owner makes it the state's: `Panama's social security fund`). The
    `hackers` are thieves unless they damage (a cyberattack frame head: `hackers crippled the signalling systems
    of Poland's state railway`; not `hackers stole the data of Polish shoppers`)."""
    trigger = candidate.trigger
    if candidate.type != "cyberattack" or candidate.strength != "term":
        return False
    if "attack" in trigger.lower_:
        verbs = [c for c in trigger.children if c.dep_ == "relcl"] + ([trigger.head] if trigger.dep_ == "nsubj" else [])
    elif trigger.dep_ == "nsubj":
        # also a verb that shares the subject, or one the parser hangs on a participle it took for the verb
        # (`hackers linked to a group knocked ...`, `hackers believed to work for Beijing took down ...`)
        acts = [trigger.head, *(c for c in trigger.head.children if c.dep_ in {"dep", "conj"} and c.pos_ == "VERB"
                                and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))]
        verbs = [verb for verb in acts if _damages_systems(verb)]
    else:
        return False
    victims = _prep_objects(trigger, "on", "against") + [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    owners = victims + [p for v in victims for p in _prep_objects(v, "of")]
    return any(article.code_of(w) for v in owners
               for w in (v, *(c for c in v.children if c.dep_ != "amod" or not _is_business(article, v)))
               if not _is_business(article, w))


def _damages_systems(verb: Token) -> bool:
    """Whether a verb damages what it acts on: a head of the cyberattack frames (`crippled`, `knocked offline`;
    not `defaced`, a message posted, nor `stole`). The parser may hang the result adverb of a phrasal head inside
    the object's phrase (`knocked the websites of Denmark's main ports offline`)."""
    adverbs = lexicon().roles["directional_adverbs"]
    results = {w.lower_ for o in verb.children if o.dep_ == "dobj" for w in o.subtree if w.lower_ in adverbs}
    return bool((lemma_forms(verb) | {f"{verb.lemma_.lower()} {r}" for r in results}) & _cyber_damage_heads())


@lru_cache(maxsize=1)
def _cyber_damage_heads() -> frozenset[str]:
    return frozenset().union(*(frame.heads for frame in lexicon().frames if frame.type == "cyberattack"))


def _group_strikes_ground(article: _Article, trigger: Token) -> bool:
    """Whether a group the actor layer names (`the Houthis`, `the Taliban`) is the subject of an attack verb whose
    object is a place, a position, a craft or a force (`the Houthis attacked a tanker in the Red Sea`): an armed
    group's strike on a thing it can hit, though no other word of the sentence is military (not `Hamas attacked the
    plan`, a word of criticism)."""
    if trigger.pos_ not in VERB_POS:
        return False
    subject = _clause_subject(article, trigger)[1]
    actor = article.cast.actor_at(subject) if subject is not None else None
    return actor is not None and actor.type == "group" and any(
        article.classes.get(c.i, set()) & STRUCK_GROUND_CLASSES for c in trigger.children if c.dep_ == "dobj")


def _destroyed_by_attacker(article: _Article, candidate: Candidate) -> bool:
    """Destruction or seizure by an armed attacker no one names (`hooded attackers set fire to logging trucks`,
    `masked men torched buses`): an act of violence, with no military word in the sentence; the everyday words
    of attack (`the aircraft hit a bird`) are not such acts (classes.json `attacker_acts`)."""
    return (bool(lemma_forms(candidate.trigger) & article.lex.roles["attacker_acts"])
            and _struck_by_weapon(article, candidate))


def _uncoded_named_subject(article: _Article, trigger: Token, source: str | None,
                           military: Callable[[], bool]) -> bool:
    """Whether the clause's actor is a business noun (`the airline`, also `the Turkish airline` or `Norway's
    wealth fund`, whose nationality is not the state acting; `threatened to cancel its order for 50 jets`, or one
    made to act: `a strike forced airlines to cancel flights`) or,
    outside a military sentence and with no source, a name that is neither a state, a known organisation, a person
    nor an actor noun: a company, a club, a brand (also one named for its state: `Air France`, `Saudi Aramco`), whose
    commercial threats and cuts are not political measures.
    A business that undergoes the measure (`Russian banks face sanctions`) is its target, not its actor; a measure
    noun's `by` is its actor (`a boycott by Danish supermarket chains`). `military` is asked only for a name that is
    no business (reading it walks the clause)."""
    verb, subject = _clause_subject(article, trigger)
    if verb is not None and verb.dep_ == "xcomp" and not _state_party(article, subject):
        # "a strike forced the airline to cancel flights": the one made to act (a state's order is the state's act:
        # "the Treasury ordered banks to freeze assets")
        subject = next((c for c in verb.head.children if c.dep_ == "dobj"), subject)
    if trigger.pos_ in NOUN_POS:
        subject = next(iter(_prep_objects(trigger, "by")), subject)
    if subject is None or lemma_forms(verb) & article.patient_verbs or trigger.dep_ == "acomp":
        return False  # "the firm's accounts are frozen": the subject undergoes the measure
    if _reporter_of_passive(article, verb, subject):
        return False  # "a police post was targeted in a gun and grenade assault, IRNA reported": the reporter
    speaker = _reporting_subject(subject) if subject.lower_ in REPORTED_PRONOUNS else None
    if speaker is not None and not _coded_party(article, speaker) and _is_business(article, speaker):
        return True  # "the mining group said it would deploy trucks" (not "the World Bank said it had halted
        # lending": a body the actor layer codes)
    if _coded_party(article, subject):   # (not "Air France": a company named for its state)
        return False
    homed = _company_of_state(article, subject)  # "Denmark's Maersk": the company's home, not the state acting
    if article.classes.get(subject.i, set()) & {"governing_bodies", "blocs"}:
        return False  # a ministry, a financial intelligence unit, a central bank, a regional community: a body of
        # states or of a state, not a company
    if _is_business(article, subject):
        return True
    if military() or (source or article.code_of(subject)) and not homed or subject.pos_ != "PROPN":
        return False
    actor = article.cast.actor_at(subject)
    return ((actor is None or actor.type == "organization"
             or any(article.named_for_state(subject, c) for c in subject.children))   # "Air France"
            and subject.lemma_.lower() not in article.actor_nouns)


def _coded_party(article: _Article, word: Token) -> bool:
    """Whether the actor layer codes a word as a party of its own, not a company named for its state (`Air France`)."""
    return bool(article.cast.code_at(word)) and not any(article.named_for_state(word, c) for c in word.children)


def _answered_party(article: _Article, trigger: Token) -> str | None:
    """The party whose act a measure answers, named as the act's owner or agent (`sanctions imposed in response to
    Russia's war against Ukraine`, `measures adopted over Moscow's annexation of Crimea`; status_cues `responses`):
    the measure falls on it. Read on the measure, its participle and its clause's verb; not an act `following` names
    (`added following their listing by the Security Council`: what the measure follows, not what it answers)."""
    code = article.code_of
    verb = article.clause_verb(trigger)[0]
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "acl")] + (
        [verb] if verb is not None and verb != trigger else [])
    acts = [a for h in holders for a in _prep_objects(h, "over")]
    acts += [a for h in holders for answer in _prep_objects(h, "in")
             if answer.lemma_.lower() in article.lex.cues["responses"] for a in _prep_objects(answer, "to")]
    return next((found for act in acts if act.pos_ in NOUN_POS
                 for owner in (*(c for c in act.children if c.dep_ == "poss"), *_prep_objects(act, "by"))
                 if (found := code(owner))), None)


def _mandating_state(article: _Article, trigger: Token) -> str | None:
    """The state under whose measures or on whose orders a measure is carried out (`frozen by Canadian banks under
    measures Ottawa announced`, `seized by port authorities on orders from Washington`, `under U.S. sanctions`): the
    state takes the measure, whoever carries it out (classes.json `mandates`)."""
    code, mandates = article.code_of, article.lex.roles["mandates"]
    verb = article.clause_verb(trigger)[0]
    for mandate in _prep_objects(trigger, *MANDATE_PREPS) + (
            _prep_objects(verb, *MANDATE_PREPS) if verb is not None and verb != trigger else []):
        if mandate.lemma_.lower() not in mandates:
            continue
        for author in mandate.children:
            if author.dep_ in MODIFIER_DEPS:
                found = code(author)
            elif author.dep_ == "relcl":
                found = code(article.subject(author))
            elif author.dep_ == "acl":
                found = next((code(p) for p in _prep_objects(author, "by")), None) or code(_passive_agent(author))
            elif author.dep_ == "prep" and author.lower_ in {"of", "from", "by"}:
                found = next((code(p) for p in author.children if p.dep_ == "pobj"), None)
            else:
                continue
            if found:
                return found
    return None


def _own_agent(article: _Article, trigger: Token, source: str | None) -> bool:
    """Whether a measure noun names who takes it (`the addition by the Security Council Committee of two individuals
    to its list`): that body acts, not the clause's subject, which only relays it (`The Bank draws the attention of
    banks to`); a business is no such body, whatever its home (`a boycott by Danish supermarket chains`)."""
    return (source is not None and trigger.pos_ in NOUN_POS
            and any(article.code_of(p) == source and not _is_business(article, p)
                    for p in _prep_objects(trigger, "by")))


def _company_of_state(article: _Article, subject: Token) -> bool:
    """Whether a name the actor layer does not know is owned by a state (`Denmark's Maersk`, `China's BYD`): a
    company named with its home, not the state's organ, force or office (`Russia's Rosgvardia` is not unknown)."""
    return (subject.pos_ == "PROPN" and article.cast.actor_at(subject) is None and not _state_party(article, subject)
            and not article.classes.get(subject.i, set()) & STATE_ORGAN_CLASSES
            and any(c.dep_ == "poss" and article.cast.code_at(c) for c in subject.children))


def _expels_a_company(article: _Article, trigger: Token) -> bool:
    """Whether who is expelled is a club, federation or firm (classes.json `businesses`: `Russia's chess federation
    was expelled from the European body`, `the league expelled two Chinese clubs`), by no state or organisation the
    actor layer codes: a body's membership, no envoy or state sent away (`Russia was expelled from the Council of
    Europe` stays)."""
    expelled = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(expelled) and all(_is_business(article, e) for e in expelled)


def _is_business(article: _Article, token: Token) -> bool:
    """Whether a word names a business (classes.json `businesses`), matched as a phrase: spaCy splits `start-up`,
    `spin-off` and `joint-venture` into three words, and `fashion house` or `e-commerce firm` need their modifier;
    not a word of a weapon, a force or an attacker (`armoured personnel carriers`, `aircraft carrier`, `ransomware
    operators`). A group named by its
    trade (`sectors`: `the telecoms group`, `the Brazilian mining group`) is one too, an armed group is not; so is a
    name its trade word stands before or beside (`Australian airline Qantas`, `Qantas, the airline`)."""
    classes = article.classes.get(token.i, set())
    if "businesses" in classes:
        return not classes & {"weapons", "forces", "military", "attackers"}
    if token.pos_ == "PROPN" and any(c.dep_ in {"compound", "appos"} and c.pos_ == "NOUN"
                                     and _is_business(article, c) for c in token.children):
        return True
    return token.lemma_.lower() in article.lex.roles["trade_groups"] and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in article.lex.roles["sectors"] for c in token.children)


def _reporter_of_passive(article: _Article, verb: Token, subject: Token) -> bool:
    """Whether the subject found for a passive clause with no agent of its own is the one who reports it, reached
    through the reporting verb (`a police post was targeted in a gun and grenade assault, IRNA reported`), in a
    sentence that names weapons or victims: the attackers go unnamed, the agency or official that tells of it acts in
    no violence (a firm's `flights will be cancelled, Ryanair said` names neither, and stays the firm's)."""
    if subject.head is verb or not any(c.dep_ == "nsubjpass" for c in verb.children) or _passive_agent(verb):
        return False
    sent = article.sentence(verb)
    return article.sentence_words_any(sent, ("casualties", *WEAPONS))


def _reporting_subject(token: Token) -> Token | None:
    """The subject of the clause that reports a subject `it`/`they`/`we` or one they own (`Nigeria said it would`,
    `the airline said its planes would`), or of the clause that a `where` clause goes on from (`the envoy stopped in
    Juba, where he met`): whom the pronoun stands for."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = token.head
    if _narrates_at_place(clause):   # "the envoy stopped in Juba, where he met the president": the traveller
        host = next((a for a in clause.ancestors if a.pos_ in VERB_POS), None)
        subject = None if host is None else next((c for c in host.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None and subject.lower_ not in REPORTED_PRONOUNS else None
    while clause.dep_ in {"ccomp", "conj", "advcl", "xcomp"}:
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in REPORTED_PRONOUNS:
            return subject
    return None


def _state_party(article: _Article, token: Token | None) -> bool:
    """Whether a token names a state, an organisation, a state's body or an office holder by itself."""
    return token is not None and bool(
        article.cast.code_at(token) or "governing_bodies" in article.classes.get(token.i, ())
        or token.lemma_.lower() in article.actor_nouns | article.lex.roles["state_organs"])


def _by_civil_party(article: _Article, candidate: Candidate) -> bool:
    """Whether the act's actor or the party it mobilises is a civil party (classes.json `organisms`, `civil_parties`:
    volunteers, workers and their unions), which no actor the actor layer names stands for: the clause's subject or
    the trigger noun, by itself or its modifiers (`a bark beetle invasion has killed`), the subject's `of` (`a swarm of
    jellyfish invaded`), the noun's `by` (`a walkout by nurses`; its `of` may be the victims: `the massacre of
    workers`, but organisms and crowds are no one's victims: `an invasion of jellyfish`, `an invasion of tourists`),
    or the frame's object (`volunteers were mobilised to rescue whales`); weather and hazards as the actor are no
    party either (`a cold front invaded northern Argentina`). A drug or a therapy acts as no party (`remedies`:
    `the antibiotic attacks the cell wall`), and a verb whose object is an organism or tissue (`_life_objects`: `by
    attacking their outer membrane`, `destroyed tumours`) strikes no party."""
    trigger, sent = candidate.trigger, article.sentence(candidate.trigger)
    organisms = article.sentence_words(sent, "organisms") or article.sentence_words(sent, "crowds")
    natural = article.sentence_words(sent, "natural_causes") or article.sentence_words(sent, "hazards")
    if _life_objects(article, trigger):
        return True
    if not (natural or article.sentence_words_any(sent, NON_PARTY_CLASSES)):
        return False
    subject = _clause_subject(article, trigger)[1]
    holders = [t for t in (subject, trigger if trigger.pos_ in NOUN_POS else None) if t is not None]
    actors = [*holders, *(c for t in holders for c in t.children if c.dep_ in MODIFIER_DEPS)]
    if natural and subject is not None:  # "a mass of polar air invaded"
        members = _prep_objects(subject, "of")
        actors += [*members, *(c for m in members for c in m.children if c.dep_ in MODIFIER_DEPS)]
    if natural and any(article.classes.get(a.i, set()) & {"natural_causes", "hazards"} for a in actors):
        return True  # "a cold front invaded northern Argentina": weather is no party
    parties = [candidate.obj, *actors]
    subject = subject if subject is not None and subject.i != trigger.i else None  # "the killing of workers"
    parties += [p for holder, word in ((subject, "of"), (trigger, "by")) if holder is not None
                for p in _prep_objects(holder, word)]
    if organisms and trigger.pos_ in NOUN_POS:
        # a compound names the invaders only on a collective (`an invasion of locust swarms`), else the kind of a
        # place or thing (`the bombing of a fish market`): that is struck
        invaders = _prep_objects(trigger, "of")
        parties += [w for p in invaders for w in (p, *(c for c in p.children if c.dep_ in MODIFIER_DEPS and (
                        c.dep_ != "compound" or "collectives" in article.classes.get(p.i, ()))))
                    if article.classes.get(w.i, set()) & {"organisms", "crowds"}]
    return any(party is not None and article.classes.get(party.i, set()) & NON_PARTY_CLASSES
               and article.cast.actor_at(party) is None and not _described_as_armed(article, party)
               for party in parties)


def _life_objects(article: _Article, trigger: Token) -> bool:
    """Whether a verb's objects are all organisms, tissues or farm animals (classes.json `organisms`, `tissues`,
    `livestock`: `the compound killed drug-resistant bacteria`, `seek out and destroy cancer cells`, `hyenas killed
    30 sheep`): science, medicine, pest control or a loss to herders, which strike no party of a conflict; people
    as objects (`gunmen attacked fishermen`, `killed two herders and 40 cattle`) stay victims."""
    if trigger.pos_ not in VERB_POS:
        return False
    objects = [o for c in trigger.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return bool(objects) and all(article.classes.get(o.i, set()) & LIFE_CLASSES and article.cast.actor_at(o) is None
                                 for o in objects)


def _for_civic_campaign(article: _Article, candidate: Candidate, sent: Span, source: str | None) -> bool:
    """Whether a mobilisation of civil parties (already found by `_by_civil_party`) serves a campaign at home: its
    `for` or purpose clause holds a `civic_campaigns` word (`for a polio immunisation blitz`, `for the census`,
    `to join a tree-planting drive`) or a civil task, hazard, organism or campaign target (`for a drive against
    dengue`), a public event, sport or another everyday (`civilian`) word (`to run fan zones for the Asian Cup`),
    names no state but the mobilising one, and the sentence has no military word (`mobilised volunteers for the
    front` stays): a health or civic drive, no force."""
    if candidate.type != "mobilization" or article.sentence_words(sent, "military"):
        return False
    trigger = candidate.trigger
    purposes = _prep_objects(trigger, "for") + [c for c in trigger.children if c.dep_ in {"advcl", "xcomp"} and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    words = [t for purpose in purposes for t in purpose.subtree]
    if any((code := article.cast.code_at(t)) and code != source for t in words):
        return False
    return any(article.classes.get(t.i, set()) & CIVIC_CAMPAIGN_CLASSES for t in words)


def _relief_at_home(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether a force is sent into a disaster at home: the sentence names a fire, flood or storm (classes.json
    `hazards`, `natural_causes`) and no military word besides the trigger, what it sends and who sends it, and the
    destination holds a hazard or civil work (`to the warehouse fire`, `to flood-hit areas`, `to clear snow`) or the
    purpose clause's verb is a `relief_acts` word (`to rescue stranded families`, `to evacuate villagers`) or it
    names relief (`to help firefighters`, `to hand out water`), or what is sent is named for a civil trade (`the
    Military Emergencies Unit was sent to Valencia after flash floods`) or brings relief kit (`bringing pumps and
    bulldozers`: `_brings_relief_kit`). A hazard that only dates the move (`sent troops to the border after the
    floods`) or a battle beside it (`while fighting continued`) leaves it a deployment."""
    if not (article.sentence_words(sent, "hazards") or article.sentence_words(sent, "natural_causes")):
        return False
    trigger, subject = candidate.trigger, _clause_subject(article, candidate.trigger)[1]
    own = {trigger.i, *(t.i for holder in (candidate.obj, subject) if holder is not None for t in holder.subtree)}
    if article.sentence_words(sent, "military") and any(
            "military" in article.classes.get(i, ()) for i in range(sent.start, sent.end) if i not in own):
        return False
    wanted = {"hazards", "natural_causes", "civil_tasks"}
    places = _prep_objects(trigger, *DESTINATION_PREPS)
    if any(article.classes.get(w.i, set()) & wanted for place in places for w in place.subtree):
        return True
    if any(_civil_by_trade(article, _phrase_head(w)) for w in (candidate.obj, subject) if w is not None):
        return True  # "the Military Emergencies Unit was sent", "a rescue brigade was deployed"
    if _brings_relief_kit(article, trigger):
        return True
    purposes = [c for c in trigger.children
                if c.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    verbs = [*purposes, *(c for p in purposes for c in p.children if c.dep_ == "xcomp")]
    return any("relief_acts" in article.classes.get(v.i, ()) for v in verbs) or any(
        article.classes.get(w.i, set()) & {"relief", *wanted} for p in purposes for w in p.subtree)


def _brings_relief_kit(article: _Article, trigger: Token) -> bool:
    """Whether a participle clause in the sending verb's sentence says what the force brings (`was sent to Valencia
    after flash floods swept through towns, bringing pumps, heavy lorries and 1,200 personnel`; the parser hangs it on
    the nearest clause): relief kit among it (classes.json `relief`, `civil_responders`) and no weapon."""
    brought = [o for c in trigger.subtree if c.dep_ in {"advcl", "acl"} and c.tag_ == "VBG" and c.i > trigger.i
               for d in c.children if d.dep_ == "dobj" for o in (d, *d.conjuncts)]
    return (any(article.classes.get(o.i, set()) & {"relief", "civil_responders"} for o in brought)
            and not any(article.classes.get(o.i, set()) & set(WEAPONS) for o in brought))


def _force_home(article: _Article, candidate: Candidate) -> str | None:
    """The state whose force is sent, by the possessor of the sent phrase (`Spain's Military Emergencies Unit was
    sent to Valencia`): a destination in that state is at home."""
    sent = candidate.obj if candidate.obj is not None else _clause_subject(article, candidate.trigger)[1]
    if sent is None:
        return None
    return next((code for c in _phrase_head(sent).children if c.dep_ == "poss" and (code := article.code_of(c))),
                None)


def _phrase_head(word: Token) -> Token:
    """The noun a modifier word is part of (`Military` in `Spain's Military Emergencies Unit`: the unit)."""
    while word.dep_ in {"compound", "amod"} and word.head.pos_ in NOUN_POS:
        word = word.head
    return word


def _civil_services_sent(article: _Article, candidate: Candidate, sent: Span, abroad: bool) -> bool:
    """Whether a state sends, deploys or mobilises only civil services (classes.json `civil_responders`: rescuers,
    firefighters, doctors, engineers, pumps; also `civil_parties` and `relief`), each named by itself or by a
    modifier of its trade (`civil_service_marks`: `search-and-rescue personnel`, `medical teams`), in a sentence with
    no military word besides the trigger, no border (`frontiers`) and no armed party (`attackers`, `combatants`):
    relief or public service, no buildup or call-up (not `sent volunteers to the front`, `border guards massed at the
    frontier`). A word that also names a call-up (`volunteers`, classes.json `reserves`) counts only beside a plainly
    civil one, a civil body that acts or a hazard (`mobilised volunteers and pumps`); a force word only with a
    modifier of a civil trade (`rescue personnel`, `a medical brigade`: then it is no military word either). Sent to
    another state (`abroad`), every one must be plainly civil (`sent a medical brigade to Vanuatu`): help, no force."""
    obj = candidate.obj
    if obj is None or article.cast.actor_at(obj) is not None:
        return False
    moved = [obj, *obj.conjuncts]
    plain = [_civil_by_trade(article, m) for m in moved]
    own = {candidate.trigger.i, *(m.i for m, civil in zip(moved, plain) if civil)}  # "a medical brigade"
    if article.sentence_words_any(sent, ("frontiers", "attackers", "combatants")) or article.sentence_words(
            sent, "military") and any("military" in article.classes.get(i, ()) for i in range(sent.start, sent.end)
                                      if i not in own):
        return False
    if not all(p is not None for p in plain) or any(_described_as_armed(article, m) for m in moved):
        return False
    if abroad:
        return all(plain)
    subject = _clause_subject(article, candidate.trigger)[1]
    actors = [] if subject is None else [subject, *(c for c in subject.children if c.dep_ in MODIFIER_DEPS)]
    return any(plain) or any("civil_responders" in article.classes.get(a.i, ()) for a in actors) or any(
        article.sentence_words(sent, name) for name in ("hazards", "natural_causes", "relief_marks"))


def _civil_by_trade(article: _Article, moved: Token) -> bool | None:
    """Whether what is moved is a civil service: True where plainly (`firefighters`, `pumps`, `rescue personnel`),
    False where the word also names a call-up (`volunteers`), None where it is none (`troops`, a bare `personnel`)."""
    classes = article.classes.get(moved.i, set())
    marked = any(article.classes.get(i, set()) & {"civil_service_marks", "civil_responders"}
                 for i in range(moved.left_edge.i, moved.i))
    if marked or classes & {"civil_responders", "relief"} and not classes & {"reserves", "forces"}:
        return True
    return False if classes & {"civil_responders", "civil_parties", "relief"} else None


def _civil_alert(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether an alert or emergency (classes.json `civil_alerts`: `red alert`, `alert level`, `state of emergency`,
    as the trigger or the frame's object) is raised by a civil body (the clause's subject holds a `civil_agencies`
    or `civil_responders` word: a weather, volcano, health or civil protection agency) or over a fire, flood, storm,
    eruption or epidemic (`hazards`, `natural_causes`), in a sentence with nothing armed besides the alert words and
    a civil trade's craft (`firefighting aircraft`), and no border or unrest: public safety. An alert is a buildup
    only when it puts forces on a war footing (`put its forces on high alert`), and an emergency over no hazard
    stays a mobilisation (`declared a state of emergency as Russian gas was cut`); martial law is no `civil_alerts`
    word."""
    words = [w for w in (candidate.trigger, candidate.obj) if w is not None]
    if not any("civil_alerts" in article.classes.get(w.i, ()) for w in words):
        return False
    if article.sentence_words(sent, "frontiers") or article.sentence_words(sent, "unrest"):
        return False
    alert = {i for w in words for i in range(w.left_edge.i, w.right_edge.i + 1)
             if "civil_alerts" in article.classes.get(i, ()) or i == w.i}
    armed = [article.doc[i] for i in range(sent.start, sent.end) if i not in alert
             and article.classes.get(i, set()) & (ARMED_PARTY_CLASSES | {"combatants"})]
    if any(t.pos_ not in VERB_POS and not _civil_by_trade(article, t) for t in armed):  # a verb is no party
        return False  # (`wildfires forced`), nor a civil trade's craft (`firefighting aircraft`)
    subject = _clause_subject(article, candidate.trigger)[1]
    civil_body = subject is not None and any(article.classes.get(t.i, set()) & {"civil_agencies", "civil_responders"}
                                             for t in subject.subtree)
    return civil_body or article.sentence_words(sent, "hazards") or article.sentence_words(sent, "natural_causes")


def _threatens_own_post(article: _Article, threat: Token) -> bool:
    """Whether what a threat verb threatens is the party's giving up its own post (classes.json `renunciations`:
    `threatened to resign if the cabinet cuts funding`, `threatened to quit`), with no place or party as its object
    (not `threatened to quit NATO`): pressure on one's own side, no coercion of another party."""
    return any(c.dep_ in {"xcomp", "dobj"} and "renunciations" in article.classes.get(c.i, ())
               and not any(o.dep_ == "dobj" and _names_place_or_party(o) for o in c.children)
               for c in threat.children)


def _threatens_civil_penalty(article: _Article, threat: Token) -> bool:
    """Whether all a threat word threatens, its objects and its `with` (and their conjuncts), is a penalty a
    regulator or a court imposes (classes.json `civil_penalties`: `to remove the listings within 48 hours or face a
    fine`, `threatened landlords with fines`): a rule enforced at home, no force and no sanction on another party."""
    held = [c for c in threat.children if c.dep_ == "dobj"] + _prep_objects(threat, "with")
    held = [t for h in held for t in (h, *h.conjuncts)]
    return bool(held) and all("civil_penalties" in article.classes.get(h.i, ()) for h in held)


def _names_motive(article: _Article, noun: Token) -> bool:
    """Whether a threat noun is the object of a preposition of motive (status_cues `threatened.motive_preps`: `a ban
    took effect in retaliation for new levies`, `expelled two diplomats as a reprisal`): it says why its clause's act
    was done, the act is the event."""
    return (noun.pos_ in NOUN_POS and noun.dep_ == "pobj"
            and noun.head.lower_ in article.lex.cues["threatened"]["motive_preps"])


def _advice_to_public(article: _Article, candidate: Candidate) -> bool:
    """Whether an everyday warning (a weak threat word) is advice: addressed to the public (classes.json
    `public_addressees`: `warned buyers about fake resale sites`) or about a fraud or a risk of nature (`frauds`,
    `organisms`, `hazards`, `natural_causes`, in its `about`, `of` or `against` or its content clause: `warning that
    fraudsters stole millions`, `locusts threaten harvests, the FAO warns`), addressed to no party the actor layer
    names. A warning to a state (`warned Minsk that`) stays a threat."""
    trigger = candidate.trigger
    if candidate.strength != "weak":
        return False
    addressees = [c for c in trigger.children if c.dep_ in {"dobj", "dative"}]
    if any(article.cast.actor_at(a) is not None for a in addressees):
        return False
    if any("public_addressees" in article.classes.get(a.i, ()) for a in addressees):
        return True
    matters = _prep_objects(trigger, "about", "of", "against") + [c for c in trigger.children if c.dep_ == "ccomp"]
    return any(article.classes.get(t.i, set()) & ADVISED_RISK_CLASSES for m in matters for t in m.subtree)


def _risk_named_by_thing(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether a threat verb in the active says only that a thing puts another at risk: its subject names no party
    (no actor, no actor noun, no named place, body or people: `coal plant closures could threaten supply`) and the
    sentence has no military word; `Russia threatened Kyiv`, `her government would retaliate with tariffs` and `the
    drills threaten the region` stay."""
    trigger = candidate.trigger
    if trigger.pos_ not in VERB_POS or any(c.dep_ in {"auxpass", "nsubjpass"} for c in trigger.children):
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not subjects or article.sentence_words(sent, "military"):
        return False
    return all(s.pos_ in NOUN_POS and article.cast.actor_at(s) is None and article.name_of(s) is None
               and not _names_place_or_party(s) for s in subjects)


def _policing_public_event(article: _Article, candidate: Candidate, sent: Span, foreign_target: bool) -> bool:
    """Whether the force deployed or mobilised keeps order at a public event (`public_events`: a festival, a
    marathon, a pilgrimage, a papal visit, a summit, worshippers and tourists; or a match, told by a `sport` word:
    `for the Six Nations opener`) in a sentence that names no `unrest`, conflict or riot gear: law enforcement
    (classes.json `security_forces`) as the clause's subject or the frame's object anywhere in such a sentence; any
    force (`the army deployed soldiers`) only where the event is in the trigger's own phrases and no other state is
    its target.
    Its military words may only be the deployment itself (`police deployed drones and mounted units`, `a fleet of
    drones`, `mobilised carabinieri and soldiers`) or what its guards keep out or counter (`closed the airspace to
    drones`, `anti-drone units`), never fighting or a military word elsewhere (not `riot police were deployed around
    parliament ahead of the vote`, `troops deployed to the capital after the coup`); riot gear or a checkpoint only
    as what police deployed for the event keep beside them (their `with`: `with water cannon on standby`, `with
    checkpoints to catch drink-drivers`), never as what they deploy at the crowd nor a border elsewhere."""
    event = article.sentence_words(sent, "public_events") or sent.start in article.sport_sents
    if not event or article.sentence_words_any(sent, DISORDER_CLASSES):
        return False
    trigger = candidate.trigger
    subject = _clause_subject(article, trigger)[1]
    policing = any(party is not None and bool(lemma_forms(party) & article.lex.roles["security_forces"])
                   for party in (subject, candidate.obj))
    if not policing and (foreign_target or not _event_in_phrases(article, trigger, sent)):
        return False
    verbs = [trigger, *trigger.conjuncts]
    brought = {t.i for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
               for t in c.subtree} if (
        policing and _event_in_phrases(article, trigger, sent)) else set()  # "with water cannon on standby"
    if any(t.i not in brought for t in sent if POLICING_GEAR_CLASSES & article.classes.get(t.i, set())):
        return False
    if not article.sentence_words(sent, "military") and not article.sentence_words(sent, "attackers"):
        return True
    deployed = _deployment_words(trigger, subject, candidate.obj) | _kept_out_or_countered(article, sent, verbs)
    return all(t.i in deployed or not article.classes.get(t.i, set()) & {"military", "attackers"} for t in sent)


def _event_in_phrases(article: _Article, trigger: Token, sent: Span) -> bool:
    """Whether a public event (or a match) is named in the trigger's own phrases (`for the Jubilee`, `to secure the
    papal visit`, `as leaders arrived for the summit`): the deployment is for it, not merely beside it."""
    return sent.start in article.sport_sents or any(
        "public_events" in article.classes.get(t.i, ()) for t in trigger.subtree)


def _deployment_words(trigger: Token, subject: Token | None, obj: Token | None) -> set[int]:
    """The words of the deployment itself: the trigger and the verbs joined to it, who deploys, what is deployed
    (their objects, what they deploy `with`, the forces it is drawn `from`), their conjuncts and modifiers
    (`armoured vehicles`, `drafted in officers from neighbouring forces and deployed drones`)."""
    verbs = [trigger, *(v for v in trigger.conjuncts if v.pos_ in VERB_POS)]
    parties = [p for p in (subject, obj) if p is not None]
    parties += [c for v in verbs for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
    parties += [o for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in {"with", "from"}
                for o in c.children if o.dep_ in {"pobj", "pcomp"}]
    parties += [s for p in list(parties) if p.dep_ == "pcomp" for s in p.children if s.dep_ == "nsubj"]
    words = {v.i for v in verbs}
    for party in parties:
        for word in (party, *party.conjuncts):
            words.add(word.i)
            words.update(m.i for m in word.children if m.dep_ in MODIFIER_DEPS)
            made_of = _prep_objects(word, "of")  # "a fleet of drones", "a squad of snipers": what the unit is
            words.update(t.i for o in made_of for t in (o, *o.conjuncts))
    return words


def _kept_out_or_countered(article: _Article, sent: Span, verbs: list[Token]) -> set[int]:
    """The words of what an event's guards keep out or counter: the objects of a restriction verb joined to the
    deployment and what it is closed `to` (`closed the airspace over the shrine to drones`, `banned drones`), and a
    device named after a countering prefix (`anti-drone units`): no armed party on the scene."""
    kept = {t.i for v in verbs if lemma_forms(v) & article.lex.roles["restriction_words"]
            for o in (*(c for c in v.children if c.dep_ == "dobj"), *_prep_objects(v, "to", "from"))
            for t in o.subtree}
    return kept | {t.i for t in sent if _names_countermeasure(t, article.lex.roles)}


def _described_as_armed(article: _Article, party: Token) -> bool:
    """Whether a modifier calls the party armed (classes.json `arming_modifiers`: `armed villagers`, `masked
    residents`): whatever their trade, they are a party that fights."""
    return any("arming_modifiers" in article.classes.get(c.i, ()) for c in party.children if c.dep_ in MODIFIER_DEPS)


def _body_named_for_its_home(article: _Article, trigger: Token) -> bool:
    """Whether the clause's subject is a body that only a state's name modifies, no state party itself (`Ireland's
    food bank network said volunteers had been mobilised`): the state is its home, not the one that acts."""
    subject = _clause_subject(article, trigger)[1]
    return (subject is not None and not _state_party(article, subject)
            and not article.classes.get(subject.i, set()) & NON_PARTY_CLASSES
            and any(c.dep_ in MODIFIER_DEPS and article.cast.code_at(c) for c in subject.children))


def _nationals_of_state(article: _Article, trigger: Token) -> bool:
    """Whether the clause's subject, or a trigger noun's `by`, is a crowd or civil party a state's name only describes
    (`Georgian protesters besieged parliament`, `Dutch fans invaded the pitch`, `Kenya's teachers threatened to
    strike`, `a boycott by Dutch bar owners`): its people's nationality, not the state acting; on an organism it names
    the species (`Japanese knotweed has invaded riverbanks`, `Asian hornets attacked hives`)."""
    doers = [_clause_subject(article, trigger)[1]]
    if trigger.pos_ in NOUN_POS:
        doers += _prep_objects(trigger, "by")
    return any(doer is not None and article.classes.get(doer.i, set()) & {"crowds", "civil_parties", "organisms"}
               and any(c.dep_ in MODIFIER_DEPS and article.cast.code_at(c) for c in doer.children) for doer in doers)


def _threatens_stoppage(article: _Article, trigger: Token) -> bool:
    """Whether what a threat threatens is a work stoppage (classes.json `stoppages`) that strikes no one: its
    complement or object (`threatened to strike from Monday`, `threatened a walkout`), with no object that names a
    place or party (not `threatened to strike Tel Aviv`, `to strike US bases`; a time misread as one is none: `to
    strike over the Christmas holidays`): a labour dispute, no threat of force."""
    return any(c.dep_ in {"xcomp", "dobj"} and "stoppages" in article.classes.get(c.i, ())
               and not any(o.dep_ == "dobj" and _names_place_or_party(o) for o in c.children)
               for c in trigger.children)


def _names_place_or_party(phrase: Token) -> bool:
    """Whether a phrase holds a named place, body or people (`Tel Aviv`, `US bases`), not only a time or number."""
    return any(t.ent_type_ and t.ent_type_ not in TIME_OR_NUMBER_ENTITIES for t in phrase.subtree)


def _violence_with_victims(article: _Article, candidate: Candidate, military: Callable[[], bool]) -> bool:
    """An attack that counts its victims is an event even when the text names no one behind it: one named
    outright (`a car bomb exploded in Kabul, killing 15`, `shot dead a journalist`), or an everyday word in a
    military sentence that counts victims besides it (`armed men attacked a village, killing 30`; not a bare
    `were killed or wounded`, which only counts them). `military` is asked only for such an everyday word."""
    if candidate.type != "attack":
        return False
    trigger, sent = candidate.trigger, article.sentence(candidate.trigger)
    if _states_victims(article, trigger) or _blast_told_as_attack(article, trigger):
        return True  # "a gun and grenade assault that left five officers dead": its own clause counts them; "an
        # explosion at a crowded market killed nine": a blast where attacks strike kills its victims
    if candidate.strength == "term":  # a score in a match report counts no victims (`overran Sweden 4-1`)
        return article.sentence_words(sent, "casualties") or (_counted_patient(trigger)
                                                               and sent.start not in article.sport_sents)
    return article.sentence_words(sent, "casualties") and military() and "casualties" not in article.classes.get(
        trigger.i, ()) and any("casualties" in article.classes.get(i, ()) for i in range(sent.start, sent.end)
                               if i != trigger.i)


def _attack_told_with_its_object(candidate: Candidate) -> bool:
    """Whether an attack noun that names the act outright (a term: `air strikes`, `an act of sabotage`) says who
    carried it out (`sabotage carried out by a team`), or what it struck where the sentence tells it happen (the
    subject of a verb, or where something came from: `air strikes on fuel depots destroyed`, `the smoke came from
    air strikes on ammunition stores`; not `a film depicts an attack on a capital`, `responsible for attacks on
    shipping`), or what it did to its object as the verb's subject (`a drone strike set a fuel depot ablaze`): an
    event the sentence reports, though it names no party."""
    trigger = candidate.trigger
    if candidate.type != "attack" or candidate.strength != "term" or trigger.pos_ not in NOUN_POS:
        return False
    happened = trigger.dep_ == "nsubj" or trigger.dep_ == "pobj" and trigger.head.lower_ == "from"
    wrought = trigger.dep_ == "nsubj" and any(c.dep_ in {"dobj", "ccomp", "oprd"} for c in trigger.head.children)
    return happened and bool(_prep_objects(trigger, "on", "against")) or wrought or any(
        c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children)
        for noun in (trigger, *_prep_objects(trigger, "of")) for c in noun.children)   # "an act of sabotage carried"


def _force_place(article: _Article, candidate: Candidate, info: TypeInfo) -> str | None:
    """The state where force that names no party is used or massed, its target: the place of the word, of what it
    falls on (`a drone attack on an oil depot in Russia's Bryansk region`) or of its clause verb (`fighting broke out
    in Juba`, `fighters have been gathering on the outskirts of Tripoli`), or of the span of time the parser hangs
    the place on (classes.json `time_spans`: `fighting raged for a second day in Tripoli`)."""
    trigger = candidate.trigger
    holders = [trigger, *_prep_objects(trigger, *info.target_preps)]
    verb = trigger.head if trigger.dep_ == "nsubj" else article.clause_verb(trigger)[0]
    if verb is not None and verb != trigger:
        holders.append(verb)
    times = article.lex.roles["time_spans"]
    holders += [t for holder in holders for t in _prep_objects(holder, "for", "on", "over", "during")
                if t.lemma_.lower() in times]
    places = [p for holder in holders for p in _prep_objects(holder, *PLACE_PREPS)]
    places += [p for place in places for p in _prep_objects(place, "of")]  # "on the outskirts of Tripoli"
    return next((article.code_of(p) for p in places if article.code_of(p)), None)


def _relief_destination(article: _Article, candidate: Candidate) -> ActorRef | None:
    """The named place relief that names no giver is brought to, which receives it: where the convoy or aircraft
    carrying it goes (`a convoy of 40 trucks carrying medicine entered Gaza`, `had reached Goma`, `crossed into
    Gaza`), or where it is delivered (`fuel was delivered to hospitals in Aden`, `the airlift of supplies to
    Maiduguri`)."""
    trigger = candidate.trigger
    sent = article.sentence(trigger)
    if not article.sentence_words_any(sent, ("relief_marks", "humanitarian_bodies", "people_in_need")):
        return None   # "a ship carrying wheat docked in Alexandria": trade, not relief
    holder = trigger.head if trigger.dep_ == "acl" else trigger   # "trucks carrying medicine"
    while holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.pos_ in NOUN_POS:
        holder = holder.head.head   # "a convoy of 40 trucks"
    holders = [trigger, holder]
    if holder.dep_ in {"nsubj", "nsubjpass"}:
        holders.append(holder.head)   # "the convoy reached Goma", "the airlift continued"
    places = [c for h in holders[1:] if h.pos_ in VERB_POS for c in h.children if c.dep_ == "dobj"]
    places += [p for h in holders for p in _prep_objects(h, *RELIEF_PREPS)]
    places += [p for place in places for p in _prep_objects(place, "in", "of")]   # "hospitals in Aden"
    place = next((p for p in places if article.code_of(p) or p.ent_type_ in PLACE_ENTITIES or p.pos_ == "PROPN"), None)
    if place is None:
        return None
    return article.ref(article.code_of(place)) or ActorRef(name=article.doc[place.left_edge.i:place.i + 1].text)


def _counted_patient(trigger: Token) -> bool:
    """Whether the act falls on a counted party, the victims it names (`three aid workers were abducted`, `the
    kidnapping of 28 pupils`): the passive subject or object of the word, or the `of` of the noun."""
    patients = [c for c in trigger.children if c.dep_ in {"nsubjpass", "dobj"}]
    if trigger.pos_ in NOUN_POS:
        patients += _prep_objects(trigger, "of")
    return any(c.dep_ == "nummod" for p in patients for c in p.children)


def _unmade_by_modifier(article: _Article, candidate: Candidate) -> bool:
    """A trigger word turned into something else by its modifier (`hunger strike`, `heart attack`), or a trigger
    noun that only names the kind of a unit or weapon (`invasion forces`, `attack helicopters`, `strike group`), a
    place it describes (classes.json `place_nouns`: `the truce village of Panmunjom`) or the field of the people or
    gathering it describes (`_names_field`)."""
    trigger = candidate.trigger
    unmaking = article.lex.not_with_modifiers.get((candidate.type, trigger.lower_), frozenset())
    if any(c.dep_ in MODIFIER_DEPS and (c.lower_ in unmaking or c.lemma_.lower() in unmaking)
           for c in trigger.children):
        return True
    return trigger.pos_ in NOUN_POS and candidate.obj is None and (
        trigger.dep_ == "compound" and "units" in article.classes.get(trigger.head.i, ())
        or trigger.dep_ == "compound" and trigger.head.lemma_.lower() in article.lex.roles["place_nouns"]
        or _names_field(article, trigger)
        or article.lex.types[candidate.type].plover in FORCE_PLOVER and _names_post(article, trigger))


def _list_changed(article: _Article, trigger: Token) -> bool:
    """Whether a trigger names a list (`the UK Sanctions List`) that a verb changing a list either way (notices.json
    `list_changing_verbs`: `amend`, `update`) changes, as its object or passive subject."""
    head = trigger
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    return (head is not trigger and head.dep_ in {"dobj", "nsubjpass"}
            and bool(lemma_forms(head.head) & article.lex.notices["list_changing_verbs"]))


def _names_post(article: _Article, trigger: Token) -> bool:
    """Whether a trigger noun is the `of` of a post's holder (classes.json `post_nouns`: `the directors general of
    military operations of India and Pakistan`, `the head of special operations`): it names the field the post is
    responsible for, no use of force. The parser may hang the `of` on an adjective after the holder (`directors
    general of`). (Asked of force only: a measure the parser hangs on a holder is one it took, `heads of state imposed
    travel bans`.)"""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "of":
        return False
    holder = prep.head.head if prep.head.dep_ == "amod" else prep.head
    return holder.lemma_.lower() in article.lex.roles["post_nouns"]


def _names_field(article: _Article, trigger: Token) -> bool:
    """Whether a trigger noun modifies, directly or through other modifiers, a classes.json `field_nouns` word (`export
    control officials will gather`, `sanctions compliance officers`, `the Asian Export Control Seminar`, `the abduction
    issue`): it names the trade of those people or the matter of that gathering or question, no measure or attack
    anyone takes. A trigger the parser lists with the modifiers before it (`the Thai and Cambodian military operations
    chiefs`: a conjunct of `Thai`) modifies the noun they do."""
    head = trigger
    if head.dep_ == "conj" and head.head.dep_ in {"nmod", "amod", "compound"}:
        head = head.head.head
    elif head.dep_ != "compound":
        return False
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in article.lex.roles["field_nouns"] or head.lower_ in article.lex.roles["field_nouns"]


def _unmade_by_subject(article: _Article, candidate: Candidate) -> bool:
    """A trigger word that is something else when done by these subjects (`police raided a flat`: a law-enforcement
    operation against suspects, not an attack); the subject counts by its head, a modifier or its `of` (`FBI agents`,
    `the anti-graft agency`, `the Central Bureau of Investigation`). A noun
    counts by the subject of the verb it is the object of (`police carried out a raid on a warehouse`, `gendarmes
    launched a raid`) or by its `by` (`a raid by customs officers`). Force by police (classes.json `security_forces`)
    that falls on an armed group the actor layer names (`police raided a Hamas office`) or in a sentence with another
    military word (`raids on homes in occupied Crimea`) stays an attack."""
    trigger = candidate.trigger
    unmaking = article.lex.not_by_subjects.get((candidate.type, trigger.lemma_.lower()))
    if not unmaking:
        return False
    if trigger.pos_ in VERB_POS:
        actors = [article.subject(trigger)]
    elif trigger.pos_ in NOUN_POS:
        actors = _prep_objects(trigger, "by") + ([article.subject(trigger.head)] if trigger.dep_ == "dobj" else [])
    else:
        return False
    words = [w for a in actors if a is not None
             for w in (a, *(c for c in a.children if c.dep_ in MODIFIER_DEPS), *_prep_objects(a, "of"))]
    matched = {form for w in words for form in (w.lower_, w.lemma_.lower()) if form in unmaking}
    if not matched:
        return False
    armed_police = matched & article.lex.roles["security_forces"]
    return not (armed_police and article.lex.types[candidate.type].plover == "ASSAULT"
                and (_falls_on_armed_group(article, trigger) or _military_beside(article, article.sentence(trigger),
                                                                                  trigger)))


def _disciplines_post_holder(article: _Article, candidate: Candidate) -> bool:
    """A trigger word that is a body's discipline when it falls on one who serves in a post or on a named person
    (`the Vatican suspended a bishop`, `the suspension of two teachers`): its object, or the subject of its passive,
    or its noun's `of`, is one of the `not_on_objects` words or a PERSON name; a state, aid or flights stay measures."""
    trigger = candidate.trigger
    unmaking = article.lex.not_on_objects.get((candidate.type, trigger.lemma_.lower()))
    if not unmaking:
        return False
    if trigger.pos_ in VERB_POS:
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        objects = _prep_objects(trigger, "of")
    return any(o.ent_type_ == "PERSON" or o.lower_ in unmaking or o.lemma_.lower() in unmaking for o in objects)


def _aimed_at_money(article: _Article, candidate: Candidate) -> bool:
    """A word of aiming that is a measure's, not a weapon's, when what it aims at is money or the parties who hold
    or move it (`Treasury targeted a sanctions evasion network`, `targeting all ten of its largest financial
    institutions`): its object, or the subject of its passive, or such a word's `of`, is one of the `not_on_aims`
    words by itself, by a modifier or in a relative clause that says what it does (`will target those who generate
    revenue for the regime`, `targeted individuals who helped Russia evade sanctions`). `targeted civilians`,
    `targeted the rail network` stay attacks."""
    trigger = candidate.trigger
    unmaking = article.lex.not_on_aims.get((candidate.type, trigger.lemma_.lower()))
    if not unmaking or trigger.pos_ not in VERB_POS:
        return False
    aims = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    aims += [o for a in aims for o in _prep_objects(a, "of")]
    words = [w for a in aims for w in (a, *(c for c in a.children if c.dep_ in MODIFIER_DEPS))]
    words += [w for a in aims for clause in a.children if clause.dep_ == "relcl" for w in clause.subtree]
    return any(w.lower_ in unmaking or w.lemma_.lower() in unmaking for w in words)


def _designated_to_serve(article: _Article, trigger: Token) -> bool:
    """Whether a designation names the role it gives (notices.json `service_designations`: `designated Fort Bragg as
    an incident support base`, `designated the park as a heritage site`): a place or party chosen to serve, no one
    listed for a penalty (not `designated the group as a Foreign Terrorist Organization`)."""
    if trigger.pos_ not in VERB_POS:
        return False
    roles = article.lex.notices["service_designations"]
    # (also `as staging bases`, which the parser reads as a participle with its object)
    named = _prep_objects(trigger, "as") + [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "as"
                                            for c in p.children if c.dep_ == "pcomp"
                                            for o in c.children if o.dep_ == "dobj"]
    return any(n.lemma_.lower() in roles or n.lower_.removesuffix("s") in roles for n in named)


def _aimed_by_sanctioning_voice(article: _Article, candidate: Candidate) -> bool:
    """A word of aiming (triggers.json `not_on_aims`: `target`) said in its own voice (`we`) by the issuer of a notice
    that names sanctions (`We are targeting the networks that keep Russian oil flowing`): what the issuer aims at is
    its measures' aim, whoever the words describe, no force it uses."""
    trigger = candidate.trigger
    subject = article.subject(trigger) if trigger.pos_ in VERB_POS else None
    return (subject is not None and subject.lower_ in OWN_VOICE
            and (candidate.type, trigger.lemma_.lower()) in article.lex.not_on_aims
            and article.speaks_for_issuer() and bool(article.term_words("sanctions")))


def _civil_measure(article: _Article, candidate: Candidate) -> bool:
    """Whether a ban, freeze or closure is a state's rule for health, safety, the land or the books, no penalty on a
    party: its clause gives a finding as its reason (`after listeria was found`, `after tests found a banned dye`,
    `over fruit fly concerns`), protects a common good (`to protect its aquifer`, `to ease the housing shortage`),
    stops new permits (`froze new rental licences`), or is taken by a civil ministry on no other state (`the sports
    ministry ended a funding freeze on the football association`). A sentence that names a political motive
    (`to punish Vilnius`, `as relations soured`, `in a move seen as political pressure`) keeps the sanction, and so
    does a pretext the state only cites or a doubted finding (`citing safety violations`, `over alleged pest
    findings`): that is how coercion is dressed."""
    trigger = candidate.trigger   # (read for sanctions only)
    sent = article.sentence(trigger)
    if article.sentence_words(sent, "political_motives") or article.sentence_words(sent, "pretext_marks"):
        return False
    verb = article.clause_verb(trigger)[0] or trigger
    holders = {verb, trigger}
    return (_finding_reason(article, holders) or _protects_commons(article, holders)
            or _stops_new_permits(article, candidate) or _civil_ministry_at_home(article, verb))


def _finding_reason(article: _Article, holders: set[Token]) -> bool:
    """Whether a measure's reason (an `after`/`as`/`because` clause or an `after`/`amid`/`over`/`following` phrase:
    classes.json `reason_marks`, `cause_preps`) names a disease, pest, contaminant or force of nature (`hazards`,
    `organisms`, `contaminants`, `natural_causes`), or a clause whose subject is a test or inspection (`inspections`)
    and that names no state."""
    marks = article.lex.roles["reason_marks"] | article.lex.roles["cause_preps"]
    reasons = [c for h in holders for c in h.children
               if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               or c.dep_ == "prep" and c.lower_ in marks]
    for reason in reasons:
        classes = set().union(*(article.classes.get(t.i, set()) for t in reason.subtree))
        if classes & {"hazards", "organisms", "contaminants"}:
            return True
        if any("natural_causes" in article.classes.get(t.i, ()) for t in _reason_words(reason)):
            return True   # "closed its border with Guatemala as Hurricane Agatha approached" (not "after aircraft
            # bombed villages in areas devastated by the earthquake": the storm or quake must be what acts or happens)
        if (reason.dep_ == "advcl" and not _names_state(article, reason)
                and any(c.dep_ == "nsubj" and "inspections" in article.classes.get(c.i, ()) for c in reason.children)):
            return True  # "after tests found excess ethylene oxide"; not "sanctions over its missile tests"
    return False


def _reason_words(reason: Token) -> list[Token]:
    """The words that name what a reason clause or phrase is about: its subject or its object, with their modifiers
    and the prepositions between them, not the clauses that describe them."""
    words, todo = [], [c for c in reason.children if c.dep_ in REASON_WORD_DEPS]
    while todo:
        word = todo.pop()
        words.append(word)
        todo += [c for c in word.children if c.dep_ in REASON_WORD_DEPS]
    return words


REASON_WORD_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "prep", "compound", "amod", "conj"})


def _protects_commons(article: _Article, holders: set[Token]) -> bool:
    """Whether a measure's purpose clause (`to protect its shrinking aquifer`, `to ease the housing shortage`) aims
    at a common good at home (classes.json `protected_commons`, by the object or its modifier) and names no state."""
    if "protected_commons" not in article.doc_classes:
        return False
    purposes = [c for h in holders for c in h.children
                if c.dep_ in {"advcl", "xcomp", "acl"} and any(a.tag_ == "TO" for a in c.children)]
    aims = [o for c in purposes for o in c.children if o.dep_ == "dobj" and not _names_state(article, o)]
    return any("protected_commons" in article.classes.get(w.i, ())
               for o in aims for w in (o, *(c for c in o.children if c.dep_ in MODIFIER_DEPS)))


def _stops_new_permits(article: _Article, candidate: Candidate) -> bool:
    """Whether a measure falls on new permits (`froze new permits for plantations`, `a freeze on new rental
    licences`: classes.json `permits` with a `fresh_marks` modifier) that name no state: a moratorium on granting,
    not the revocation of a party's licence."""
    if "permits" not in article.doc_classes:
        return False
    trigger = candidate.trigger
    objects = [candidate.obj] if candidate.obj is not None else _prep_objects(trigger, "on")
    return any(o is not None and "permits" in article.classes.get(o.i, ()) and not _names_state(article, o)
               and any(c.dep_ == "amod" and c.lemma_.lower() in article.lex.roles["fresh_marks"] for c in o.children)
               for o in objects)


def _civil_ministry_at_home(article: _Article, verb: Token) -> bool:
    """Whether the measure's subject is a civil ministry, agency or council (a `civil_portfolios` word as its
    modifier or its `of`: `the sports ministry`, `the Higher Sports Council`, `the Ministry of Health`) and its
    clause names no state but the subject's own (`ordered the accounts of 22 shell companies frozen`): a home
    body regulating its own sector. `the agricultural watchdog barred imports from Armenia` names another state."""
    subject = article.subject(verb)
    if subject is None or not (subject.lemma_.lower() in article.lex.roles["state_organs"]
                               or article.classes.get(subject.i, set()) & {"governing_bodies", "regulators"}):
        return False  # "the World Food Programme suspended food distribution": no ministry of food
    words = [subject, *(c for c in subject.children if c.dep_ in MODIFIER_DEPS), *_prep_objects(subject, "of")]
    if not any("civil_portfolios" in article.classes.get(w.i, ()) for w in words):
        return False
    own = article.code_of(subject)
    rest = [c for c in verb.children if c.i != subject.i]
    return not any(article.cast.code_at(t) not in (None, own) for c in rest for t in c.subtree)


def _unarmed_campaign(article: _Article, candidate: Candidate) -> bool:
    """Whether an invasion, ambush or offensive (classes.json `doer_bound_attacks`) is no attack: it is one only when
    an armed force, a state or an armed group does it to a place or people. Its doer (a verb's subject; a noun's
    possessor, `by` or `from`, or the subject of a `campaign_verbs` verb it is the object of: `runners completed an
    invasion`, `an ambush from a rival`) is then no armed party or state, or what it falls on (a noun's `of`, `on`,
    `against`, `into`, a verb's object) is no place or people (`an invasion of stink bugs`, `an invasion of
    user-made furniture`); with neither named, its sentence names pests, crowds or hazards that invade (`hoping to
    slow an invasion that has swept across the north`, beside cane toads). `the invasion of Ukraine`, `Putin's
    invasion`, `rebels ambushed a patrol` stay attacks."""
    trigger = candidate.trigger
    if trigger.lemma_.lower() not in article.lex.roles["doer_bound_attacks"]:
        return False
    if trigger.pos_ in VERB_POS:
        doers = [article.subject(trigger)]
        targets = [c for c in trigger.children if c.dep_ == "dobj"]
    else:
        doers = [c for c in trigger.children if c.dep_ == "poss" or c.dep_ == "amod" and c.ent_type_ == "NORP"]
        doers += _prep_objects(trigger, "by", "from")
        if trigger.dep_ == "dobj" and lemma_forms(trigger.head) & article.lex.roles["campaign_verbs"]:  # `staged`: `stag`
            doers.append(_campaign_doer(article, trigger.head))
        targets = [t for t in _prep_objects(trigger, "of", "on", "against", "into") if t.lower_ != "own"]
        targets = targets or _prep_objects(trigger, "in")  # "an invasion in the Ukraine"
    doers = [d for d in doers if d is not None and d.pos_ != "PRON"]
    if _for_public_event(article, trigger):
        return True  # "the Dutch 'orange army' invaded Zandvoort for the Grand Prix": fans at an event
    if doers:
        return (not any(_armed_or_state(article, d) for d in doers)
                or _nation_as_team(article, trigger, doers, targets))
    if targets:
        return not any(_place_or_people(article, t) for t in targets)
    sent = article.sentence(trigger)
    return article.sentence_words_any(sent, ("organisms", "crowds", "hazards"))


def _for_public_event(article: _Article, trigger: Token) -> bool:
    """Whether an invasion is made for an event (its `for`, or its verb's, is a `public_events` or `sport` word:
    `invaded Zandvoort for the Grand Prix`, `an invasion of Cardiff for the cup final`): a crowd's trip, no force,
    in a sentence that names no casualties."""
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    occasions = [o for h in holders for o in _prep_objects(h, "for")]
    return (any(article.classes.get(w.i, set()) & {"public_events", "sport"} for o in occasions for w in o.subtree)
            and not article.sentence_words(article.sentence(trigger), "casualties"))


def _team_play(article: _Article, candidate: Candidate, sent: Span) -> bool:
    """Whether an attack word tells a team's play: its doers (a verb's subject; a noun's possessor or nationality) are
    sport parties with no force word in their phrase (classes.json `sport_parties`, not `crowds`: `Jamaica's relay
    squad fired out of the blocks`), or only a country's or nationality's name in a clause that holds a sport word
    (`The Australian bombardment continued after lunch at the Gabba, with the openers taking 97 off 18 overs`: not
    one a complement clause holds, `Russia's invasion forced UEFA to move the Champions League final`) or in a
    sentence that carries on a match report (`Spain beat Italy 2-1. Spain laid siege to the Italian line early`),
    and what it falls on is no place or party but a sport word; never in a sentence that names a force, an attacker
    or victims."""
    trigger = candidate.trigger
    if article.sentence_words_any(sent, FIGHTING_CLASSES):
        return False
    if trigger.pos_ in VERB_POS:  # the active subject: "the team was attacked" is hit
        doers = [] if any(c.dep_ == "auxpass" for c in trigger.children) else [article.subject(trigger)]
        targets = [c for c in trigger.children if c.dep_ == "dobj"] + _prep_objects(trigger, "on", "at", "against")
    else:  # "the Australian bombardment", "France laid siege to"
        doers = [c for c in trigger.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        doers += _noun_trigger_doers(article, trigger)
        targets = _prep_objects(trigger, "of", "on", "against", "into")
    doers = [d for d in doers if d is not None and d.pos_ != "PRON"]
    if not doers or any(_place_or_people(article, t) and not article.classes.get(t.i, set()) & {"sport"}
                        for t in targets):
        return False
    if all(_sport_party(article, d) for d in doers):
        return True
    verb = article.clause_verb(trigger)[0] or trigger
    return (all(d.ent_type_ in {"GPE", "NORP"} and not article.classes.get(d.i, set()) & ARMED_DOER_CLASSES
                for d in doers) and (sent.start in article.match_sequels or _sport_in_clause(article, verb)))


def _sport_party(article: _Article, doer: Token) -> bool:
    """Whether a doer is a team, squad or athletes (classes.json `sport_parties`, not `crowds`), with no force or
    military word in its phrase (`a death squad`, `an army squad` are armed)."""
    classes = article.classes.get(doer.i, set())
    return ("sport_parties" in classes and "crowds" not in classes
            and not any(article.classes.get(t.i, set()) & (ARMED_DOER_CLASSES | {"military", "attackers"})
                        for t in doer.subtree))


def _sport_in_clause(article: _Article, verb: Token) -> bool:
    """Whether a verb's own clause holds a `sport` word, leaving out the clauses it governs (`forced UEFA to move the
    Champions League final`)."""
    todo, seen = [verb], []
    while todo:
        word = todo.pop()
        seen.append(word)
        todo += [c for c in word.children if c.dep_ not in {"xcomp", "ccomp", "advcl", "relcl", "conj", "parataxis"}]
    return any("sport" in article.classes.get(w.i, ()) for w in seen)


def _campaign_doer(article: _Article, verb: Token) -> Token | None:
    """The doer of a campaign verb: its subject, or for an infinitive that describes a noun, that noun's possessor
    (`Turkey's threat to launch a ground offensive`, `Russia's plan to mount an offensive`): the owner acts."""
    if verb.dep_ == "acl":
        owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
    return article.subject(verb)


def _nation_as_team(article: _Article, trigger: Token, doers: list[Token], targets: list[Token]) -> bool:
    """Whether the states doing an invasion or offensive are their teams: doers only by a country's or a
    nationality's name (`the Netherlands' orange invasion`, `a furious Italian offensive`) where it falls on a
    sport word or party (`a British invasion of the quarter-finals`), or in a sentence that tells a result
    (classes.json `match_results`: `won four titles`, `won 1-0`) beside a sport word or a sport party (`in the
    second half`, `Olympic`, `skaters`); never in a sentence that names a force, an attacker or a casualty."""
    sent = article.sentence(trigger)
    on_sport = any(article.classes.get(w.i, set()) & {"sport", "sport_parties"} for t in targets for w in t.subtree)
    if not on_sport and not (article.sentence_words(sent, "match_results") and (
            sent.start in article.sport_sents or article.sentence_words(sent, "sport_parties"))):
        return False
    if article.sentence_words_any(sent, FIGHTING_CLASSES):
        return False
    return all(d.ent_type_ in {"GPE", "NORP"} and not article.classes.get(d.i, set()) & ARMED_DOER_CLASSES
               for d in doers)


def _armed_or_state(article: _Article, doer: Token) -> bool:
    """Whether a doer is a state, an armed force or an armed group, or one who leads a state: a state, nationality or
    person name, a party the actor layer names, or a word of forces, fighters or state organs, by the word itself
    or its `of` (`remnants of the Shining Path`, `Putin's invasion`; a nationality before a word of no force,
    `Kenyan runners`, makes no armed party, nor does a force word that counts civilians, `Peru's army of street
    vendors`)."""
    if _force_of_civilians(article, doer):
        return False
    words = [doer, *_prep_objects(doer, "of")]
    return any(w.ent_type_ in {"GPE", "NORP", "PERSON"} or article.cast.actor_at(w) is not None
               and w.pos_ == "PROPN" or article.classes.get(w.i, set()) & ARMED_DOER_CLASSES
               or w.lemma_.lower() in article.lex.roles["state_organs"] for w in words)


def _curfew_on_things(article: _Article, candidate: Candidate) -> bool:
    """Whether a curfew or blockade falls only on things: every `on` of the measure word or its verb, with their
    conjuncts, is no place and no people (`_place_or_people`; nor `civil_parties`, `crowds`, `people_in_need` words)
    and holds no party the actor layer codes or the parser names (`imposed a curfew on rolling suitcases`, `a curfew on
    party boats`): a town's rule on a trade or a nuisance, no force on a population (`a curfew on Port Sudan`, `on
    the Old City`, `on residents`, `a blockade on Qatari ships` stay)."""
    held = [o for word in (candidate.trigger, candidate.obj) if word is not None for prep in word.children
            if prep.dep_ == "prep" and prep.lower_ == "on" and not _names_time(prep)  # not "on Saturday"
            for o in prep.children if o.dep_ == "pobj"]
    held = [t for o in held for t in (o, *o.conjuncts)]
    people = {"civil_parties", "crowds", "people_in_need"}
    return bool(held) and not any(
        _place_or_people(article, o) or article.classes.get(o.i, set()) & people
        or any(article.cast.code_at(t) or t.ent_type_ in PARTY_ENTITIES for t in o.subtree) for o in held)


def _place_or_people(article: _Article, target: Token) -> bool:
    """Whether what an invasion or ambush falls on is a place or people: a place or state name, a party the actor
    layer names, or a word of places, positions, forces or people (classes.json `invaded_grounds`)."""
    return (target.ent_type_ in {"GPE", "LOC", "FAC", "NORP"} or article.cast.actor_at(target) is not None
            or target.lemma_.lower() in article.lex.roles["place_nouns"]
            or bool(article.classes.get(target.i, set()) & INVADED_CLASSES))


def _falls_on_armed_group(article: _Article, trigger: Token) -> bool:
    """Whether force falls on a group the actor layer names as an armed or political group (`raided a Hamas office`,
    `a raid on Hezbollah's offices`): the object or the `on`/`against` object of the word or its verb, by itself or
    its modifiers."""
    holders = {trigger, trigger.head} if trigger.dep_ == "dobj" else {trigger}
    aims = [a for h in holders for a in ([c for c in h.children if c.dep_ == "dobj"]
                                         + _prep_objects(h, "on", "against"))]
    for aim in aims:
        for word in (aim, *(c for c in aim.children if c.dep_ in MODIFIER_DEPS)):
            actor = article.cast.actor_at(word)
            if actor is not None and actor.type == "group":
                return True
    return False


def _accused(article: _Article, trigger: Token) -> bool:
    """Whether the event is what someone accuses, blames, condemns or complains of: the report is the accusation."""
    child = trigger
    for depth, token in enumerate(trigger.ancestors):
        if depth > 3 or child.dep_ == "conj" and child.pos_ in VERB_POS:
            return False  # "accused Kigali of arming rebels and warned that": a second act of the speaker's own
        child = token
        if lemma_forms(token) & article.accusations:
            return not _pinned_on_doer(article, token, trigger)
        if token.pos_ in VERB_POS and depth > 0:
            return False
    return False


def _pinned_on_doer(article: _Article, accusing: Token, trigger: Token) -> bool:
    """Whether the accusation pins the event itself on its doer (`the bombing was blamed on saboteurs`, `blamed the
    cutting of the cables on a ship`, where the parser may hang `on` under the event): the event is what happened,
    only its author is claimed."""
    preps = article.lex.cues["attributions"].get(accusing.lemma_.lower(), [])
    event = next((c for c in accusing.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if not preps or event is None or not (event == trigger or event in trigger.ancestors):
        return False
    return any(c.dep_ == "prep" and c.lower_ in preps for t in (accusing, event) for c in t.children)


def _one_party_act(article: _Article, candidate: Candidate, source: ActorRef | None, requested: bool) -> bool:
    """Talks, agreements, aid and concessions with one named party count when that party acts in the clause
    (`APEC agreed to`, `Serbia lifted the curfew`, `Hamas announced a truce`), not for a passing mention
    (`a return to dialogue`), a party only acted upon (`Ukraine will be allowed into Nato`) or one that
    asks others to act (`Germany called for dialogue`: not a party to it)."""
    trigger = candidate.trigger
    return source is not None and not requested and (trigger.pos_ in VERB_POS or candidate.obj is not None
                                                     or _is_event(article, trigger))


def _parties_to_each_other(article: _Article, trigger: Token, requested: bool = False, held: bool = False) -> bool:
    """Whether the clause names both parties at once: a plural that stands for both (`the two sides met`,
    `representatives of the warring factions held talks`, `delegates of the rival eastern and western commands met`),
    named parties coordinated as its subject (`the president and opposition leaders gathered for dialogue`, `the
    ombudsmen of Ukraine and Russia met`) or after `between` in an act that is reported, not asked for (`talks between
    the government and a breakaway faction opened`, `a deal was agreed between the government and the SDF`; not `called
    for a return to the dialogue between Germany, Russia, France and Ukraine`), or, for a meeting `held`, the leaders
    of a body of members (`Leaders of the Pacific Islands Forum convened`): each is the other's counterpart."""
    counterparts = article.lex.roles["counterparts"]
    verb, subject = _clause_subject(article, trigger)
    holders = [subject]
    named = [subject]   # every word the subject is named by, down its `of`s
    for _ in range(2):  # "representatives of the factions", "a meeting of defence chiefs from the Sahel states"
        holders = [p for holder in holders if holder is not None and holder.lower_ not in counterparts
                   and (holder.i == trigger.i or holder.lemma_.lower() in article.actor_nouns)
                   for p in _prep_objects(holder, "of", "from")] or holders
        named += holders
        if any(holder is not None and (holder.lower_ in counterparts or _rival_plural(article, holder)
                                       or _coordinated_parties(article, holder)) for holder in holders):
            return True
    if held and any(holder is not None and _body_of_members(article, holder) for holder in named):
        return True   # (a bloc's summit only as held: one it schedules is its calendar, no parties agreeing to meet)
    if requested or trigger.pos_ not in VERB_POS and not _is_event(article, trigger):
        return False
    # "a new round of talks between": the talks' own
    heads = [h for h in (trigger, verb, *_prep_objects(trigger, "of")) if h is not None]
    return any(_coordinated_parties(article, p) or _plural_of_parties(article, p)
               for head in heads for p in _prep_objects(head, "between")) or any(
        _sides_by_prefix(article, head) for head in heads)


def _sides_by_prefix(article: _Article, noun: Token) -> bool:
    """Whether a noun's modifier names its parties by a prefix of mutuality, a tight hyphen and a nationality or state
    (`inter-Korean talks`, `intra-Afghan negotiations`, `the inter-Libyan dialogue`; classes.json `mutual_prefixes`):
    the sides of one people or of two states named by one word, each the other's counterpart."""
    doc = noun.doc
    return any(t.lower_ in article.lex.roles["mutual_prefixes"] and doc[t.i + 1].text == "-"
               and not (t.whitespace_ or doc[t.i + 1].whitespace_)
               and (doc[t.i + 2].ent_type_ in {"NORP", "GPE"} or article.code_of(doc[t.i + 2]))
               for t in doc[noun.left_edge.i:max(noun.i - 2, noun.left_edge.i)])


def _body_of_members(article: _Article, token: Token) -> bool:
    """Whether a word is, or is named for, a body of member states or parties (classes.json `member_bodies` heading a
    capitalised name: `Leaders of the Group of Seven convened`, `Pacific Islands Forum leaders met`): its leaders or
    ministers who meet meet each other, the members' counterparts. A company's group is no such body."""
    names = [token, *(c for c in token.children if c.dep_ in {"compound", "nmod"})]
    return any(name.pos_ == "PROPN" and name.text in article.lex.roles["member_bodies"]
               and not _is_business(article, name) for name in names)


def _plural_of_parties(article: _Article, token: Token) -> bool:
    """Whether a `between` object is a plural of party nouns (`talks between Sudanese civilian coalitions`, `between
    rival militias`): two or more parties, each the other's counterpart."""
    return token.tag_ == "NNS" and token.lemma_.lower() in article.actor_nouns


def _coordinated_parties(article: _Article, token: Token) -> bool:
    """Whether a word names a party (a state, an organisation or a named party) coordinated with another, also by a
    headline's comma (`_headline_partners`)."""
    def party(t: Token) -> bool:
        return bool(article.code_of(t) or article.name_of(t))
    return party(token) and any(party(c) for c in (*token.conjuncts, *_headline_partners(token)))


def _headline_partners(token: Token) -> list[Token]:
    """The names a headline lists beside a name with a comma for `and` (`Pakistan, Afghanistan envoys meet`,
    `Takaichi, Lee hold first summit`): headline grammar drops the `and`, and the parser hangs the two names on one
    head (two subjects, a modifier and a subject) or one on the other, not as conjuncts. Only proper names with
    nothing but the comma between them (and the second name's own first words: `Japan, South Korea hold talks`), in a
    line that ends with no stop (a headline): in running text a comma after a name opens an apposition or a clause."""
    if token.pos_ != "PROPN" or not _headline_line(token.sent):
        return []
    doc = token.doc
    near = [t for t in (token.head, *token.head.children, *token.children) if t.i != token.i and t.pos_ == "PROPN"]
    return [t for t in near if any(first.i + 1 < second.i and doc[first.i + 1].text == "," and all(
        w.dep_ == "compound" and w.head.i == second.i for w in doc[first.i + 2:second.i])
        for first, second in ((t, token), (token, t)))]


def _headline_line(sent: Span) -> bool:
    """Whether a sentence ends with no stop: a headline, whose grammar drops articles and `and`."""
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text not in SENTENCE_STOPS


def _headline_sides(article: _Article, token: Token) -> bool:
    """Whether a headline opens with two states' words and a comma for `and` before a plural party noun (`Indian,
    Chinese border commanders hold talks`, `Armenian, Azerbaijani foreign ministers meet`): the two sides, each the
    other's counterpart, however the parser hangs the words (often on the verb). The opening is only names (each side
    coded, the two differently) and then the noun's own lower-case modifiers; not one state's regions (`Scottish, Welsh
    farmers`) nor a plural no party noun names (`Indian, Chinese cricket fans`)."""
    sent = token.sent
    if token.tag_ != "NNS" or token.lemma_.lower() not in article.actor_nouns or not _headline_line(sent):
        return False
    words = list(article.doc[sent.start:token.i])
    commas = [i for i, t in enumerate(words) if t.text == ","]
    if len(commas) != 1:
        return False
    first, second = words[:commas[0]], words[commas[0] + 1:]
    names = [t for t in second if t.is_title]
    if not first or not all(t.is_title for t in first) or second[:len(names)] != names or any(
            t.pos_ not in {"ADJ", "NOUN"} for t in second[len(names):]):
        return False
    sides = [{article.code_of(t) for t in side} - {None} for side in (first, names)]
    return all(len(side) == 1 for side in sides) and sides[0] != sides[1]


def _rival_plural(article: _Article, token: Token) -> bool:
    """Whether a plural noun names rival parties by its modifiers (`the rival commands`, `warring clans`, `the eastern
    and western administrations`): a word of classes.json `counterpart_modifiers`, or modifiers coordinated; or a
    state's name made plural and counted (`the two Koreas`)."""
    if token.tag_ not in {"NNS", "NNPS"}:
        return False
    if _headline_sides(article, token):
        return True   # "Indian, Chinese border commanders hold talks": a headline's comma for `and`
    if token.tag_ == "NNPS" and token.ent_type_ == "GPE" and any(c.dep_ == "nummod" for c in token.children):
        return True   # "officials from the two Koreas": one name for the states it counts
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS]
    return any(m.lower_ in article.lex.roles["counterpart_modifiers"] or any(c.dep_ == "conj" for c in m.children)
               for m in modifiers)


def _own_business(article: _Article, candidate: Candidate) -> bool:
    """Whether an everyday word of consent (`approve`, `accept`, `adopt`) takes as its object a thing that
    is neither a party, nor a proposal or accord, nor a signal of its own: one body's own business (`approved
    the budget`), not an agreement with a counterpart. A part of an accord is the accord's (`approved the first
    phase of the ceasefire deal`: its `of` is a word of talks or an agreement); a word of the trigger's own term is no
    object (`put their names to a charter`)."""
    trigger = candidate.trigger
    if candidate.strength != "weak" or candidate.obj is not None or trigger.pos_ not in VERB_POS:
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj" and c.i not in article.term_words(candidate.type)]
    owners = [p for o in objects for p in _prep_objects(o, "of")  # "allow the return of UN inspectors"
              if not _measures_other_noun(article, p)]  # (not "approved a defence budget of 7.95 trillion yen")
    signal_words = set().union(*article.term_roots.values())
    accords = {i for kind, roots in article.term_roots.items()
               if (article.lex.types[kind].type or kind) in DEESCALATION_TYPES for i in roots}
    undertakings = article.lex.cues["proposed"]["nouns"] | article.lex.cues["planned"]["nouns"]

    def party_or_matter(token: Token) -> bool:
        return bool(article.code_of(token) or article.classes.get(token.i, set()) & AGREEABLE_CLASSES)

    return bool(objects) and not any(party_or_matter(o) or o.i in accords for o in owners) and not any(
        party_or_matter(o) or article.name_of(o) or o.i in signal_words or o.lemma_.lower() in undertakings
        for o in objects)


def _coding(info: TypeInfo, status: str, joint: bool, requested: bool) -> tuple[str, str]:
    """(PLOVER, CAMEO) as event coders code the sentence: a done measure is its own category; one the actor
    plans or offers is an intention (an offer to cooperate is AGREE, an announced coercive measure THREATEN);
    one called for is a REQUEST; threatened THREATEN, refused REJECT; a feared one is no event (empty)."""
    if joint and info.joint_plover and status in ("actual", "planned"):
        return info.joint_plover, info.joint_cameo
    if status == "threatened":
        return "THREATEN", info.threat_cameo or info.cameo
    if status == "denied":
        return "REJECT", info.cameo
    if status == "hypothetical":
        return "", info.cameo
    if requested:
        return "REQUEST", info.request_cameo
    if status in ("planned", "proposed"):
        return info.intent_plover, info.intent_cameo
    return info.plover, info.cameo


def _readied(article: _Article, trigger: Token) -> bool:
    """Whether a verb of getting ready governs the trigger, directly or through infinitives (`prepared to resume
    shelling`, `is preparing a ground offensive`), not one of being willing (`is prepared to impose`, an adjective)."""
    preparations = article.lex.cues["planned"]["preparations"]
    verb = next((v for v in _verbs_over(trigger, {"xcomp"}) if lemma_forms(v) & preparations), None)
    return verb is not None and verb.dep_ != "acomp" and not any(c.dep_ == "auxpass" for c in verb.children)


def _verbs_over(trigger: Token, through: set[str], steps: int = 3):
    """The verb of the trigger's clause (the trigger itself if a verb), then up to `steps` - 1 verbs whose
    clauses (`through`: xcomp, ccomp) hold it: `ordered the ambassador to leave`, `prepared to resume shelling`."""
    verb = trigger if trigger.pos_ in VERB_POS else next((t for t in trigger.ancestors if t.pos_ in VERB_POS), None)
    for _ in range(steps):
        if verb is None:
            return
        yield verb
        verb = verb.head if verb.dep_ in through and verb.head.pos_ in VERB_POS | {"ADJ"} else None


@lru_cache(maxsize=None)
def _ends_recital_phrase(word: str) -> bool:
    """Whether a notices.json `recital_phrases` phrase ends in the word: only there can a phrase end at a
    preposition, so the words before it are read only then."""
    return any(phrase.endswith(word) for phrase in lexicon().notices["recital_phrases"])


def _in_recital(article: _Article, trigger: Token) -> bool:
    """Whether the trigger is in a recital, the phrase by which a notice names the occasion of its measures
    (notices.json `recital_phrases`: `In view of the military aggression against Ukraine`, `Having regard to the
    attacks on shipping`, `Considering that the armed conflict continues`): a preposition ending one of the phrases
    over the trigger, or a clause opening with one. Read only on the way up from the trigger."""
    phrases, start = article.lex.notices["recital_phrases"], article.sentence(trigger).start
    for token in [trigger, *trigger.ancestors]:
        if token.dep_ == "prep" and _ends_recital_phrase(token.lower_):
            words = article.doc[max(token.i - 3, start):token.i + 1]
            if any(words[k:].text.lower() in phrases for k in range(len(words))):
                return True
        if token.dep_ == "advcl" and token.left_edge.lower_ in phrases:
            return True
    return False


def _in_background(article: _Article, trigger: Token) -> bool:
    """Whether the trigger is in a clause that gives the main event's occasion (`cancelled a visit after a state
    of siege was declared`, `suspended aid because of the fighting`) or recalls a past one as a place or date (`the
    scene of clashes two years ago`): the sentence reports the main event."""
    background, recollections = article.lex.cues["background"], article.lex.cues["recollections"]
    dating = article.lex.cues["dating_nouns"]
    marks = article.background_marks   # (a clause's marks stand in its sentence: most triggers have none before them)
    first = bisect.bisect_left(marks, article.sentence(trigger).start)
    marked = first < len(marks) and marks[first] < trigger.i
    for token in [trigger, *trigger.ancestors]:
        if (token.dep_ == "conj" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)):
            marked = False  # "Three days after clashes left 17 dead, the prime minister flew to the city": a clause
            # with its own subject after a comma, which the parser joins to the marked one, is no part of it
        recalling = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
        if recalling is not None and (recalling.lemma_.lower() in recollections
                                      or recalling.lemma_.lower() in dating and recalling.dep_ == "pobj"):
            return True  # "the scene of deadly clashes two years ago", "on the first day of a four-day truce"
        if marked and _opened_by_background_mark(article, token, trigger) or _commenting_participle(article, token):
            return True
        if token.dep_ == "prep" and token.lower_ in background and _on_act_or_its_time(token.head):
            return True
        if token.dep_ == "prep" and token.lower_ == "to" and lemma(token.head) in article.lex.cues["responses"]:
            return True  # "would respond militarily to the deployment": what is answered
        if _describes_party_aside(article, token):
            return True
    return False


def _setting_of_clause(article: _Article, trigger: Token) -> bool:
    """Whether a meeting is where the clause's act is done (classes.json `venue_preps`: `At an emergency summit in
    Abuja, ECOWAS gave the junta a week to`, `during talks in Moscow, the two leaders signed a pact`): the act is the
    news, the meeting its setting, ranked below it (where the act is a decision the meeting is dropped:
    `_venue_of_decision`)."""
    prep = trigger.head
    return (trigger.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in article.lex.roles["venue_preps"]
            and prep.head.pos_ in VERB_POS)


def _commenting_participle(article: _Article, clause: Token) -> bool:
    """Whether a clause is a participle with no subject of its own whose verb names or cites an object (status_cues
    `namings`, `citations`: `Moldova expelled a diplomat, citing drone incursions`, `the spokesman said, calling the
    air raids a declaration of war`; not `calling for talks`), or that says why the main act was done (`reasons_given`:
    `appealed for air defence systems, saying Russia had launched 1,000 drones`): what it names or says is the occasion
    of the main event or the speaker's word for one, not the sentence's news."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark")
                                                              for c in clause.children):
        return False
    cues, forms = article.lex.cues, lemma_forms(clause)
    if forms & cues["reasons_given"]:   # "appealed for air defence systems, saying Russia had launched 1,000 drones":
        return (any(c.dep_ == "ccomp" for c in clause.children)   # the reason the speaker gives for the act
                and not lemma_forms(clause.head) & cues["reasons_given"])
    return bool(forms & cues["namings"] or forms & cues["citations"]) and any(c.dep_ == "dobj" for c in clause.children)


def _on_act_or_its_time(head: Token) -> bool:
    """Whether a background preposition hangs on a verb, on the measure of time before it that hangs on one
    (`announced conscription, weeks after deadly clashes`, `met two days after the shelling`) or on an event noun
    (`his first trip to Ukraine since Russia's invasion`)."""
    return head.pos_ in VERB_POS or head.pos_ in NOUN_POS or head.dep_ == "npadvmod" and head.head.pos_ in VERB_POS


def _opened_by_background_mark(article: _Article, clause: Token, trigger: Token) -> bool:
    """Whether a clause on the trigger's way up opens, before the trigger, with a mark of background (status_cues.json
    `background`, `background_marks`: `the EU froze the assets, days after rebels shelled the airport`, `recalled
    its ambassador as strikes continued`). Any clause counts, not only an adverbial one: the parser often hangs a
    trailing `a week after` clause on the reporting verb or on the main verb as a complement or conjunct, or makes it
    the root with the main clause under it (`Gunmen ambushed a convoy, sources said, a week after the junta
    announced a mobilisation`); only what follows its mark is the occasion."""
    cues = article.lex.cues
    return any(c.i < trigger.i and (c.lower_ in cues["background"] or c.lower_ in cues["background_marks"])
               for c in _clause_marks(clause))


def _describes_party_aside(article: _Article, clause: Token) -> bool:
    """Whether a clause is a relative one set off by a comma after a party's name (`Serbia, which has refused to join
    sanctions, was told that`, `Pyongyang, which rejected the offer, threatened to`): it says what the party is known
    for, the sentence reports what it does or is told."""
    start = clause.left_edge.i
    return (clause.dep_ == "relcl" and start > 0 and clause.doc[start - 1].text == ","
            and bool(article.code_of(clause.head)))


def _clause_marks(clause: Token) -> list[Token]:
    """The marks of a subordinate clause, with the one that opens the sentence before it, which the parser may hang
    on the main verb instead (`Although fighting continued north of Goma, negotiators signed`)."""
    opening = [c for c in clause.head.children if c.dep_ == "mark" and c.i == clause.sent.start < clause.i]
    return [*(c for c in clause.children if c.dep_ == "mark"), *opening]


def _attempted(article: _Article, trigger: Token) -> bool:
    """Whether the attack is named as an attempt that was made (`an attempt to assassinate him failed`, `foiled an
    assassination attempt`, `militants tried to storm the station`, `has attempted to hack into`): event coders code
    the attempt as the attack; `any attempt to invade` was never made, `will try to hack` not yet."""
    attempts = article.lex.cues["hypothetical"]["attempts"]
    if (trigger.dep_ == "xcomp" and trigger.head.tag_ in ("VBD", "VBN")
            and trigger.head.lemma_.lower() in article.lex.cues["hypothetical"]["attempt_verbs"]):
        return True
    attempt = next((t for t in (trigger, trigger.head, trigger.head.head)
                    if t.pos_ in NOUN_POS and t.lemma_.lower() in attempts), None)
    if attempt is None or attempt.head.pos_ not in VERB_POS or attempt.head.tag_ not in ("VBD", "VBN"):
        return False
    unmade = article.lex.cues["hypothetical"]["modifiers"] | article.lex.cues["denied"]["modifiers"]
    return not any(c.dep_ in ("det", "amod") and c.lower_ in unmade for c in attempt.children)


def _decided(article: _Article, trigger: Token) -> bool:
    """Whether a decision verb is the trigger or the nearest verb above it, directly or through infinitives and the
    verbs a conjunct shares them with (`ordered the ambassador to leave`, `agreed a package of sanctions`, `decided to
    cut ties`, `agreed to close their borders with Mali and freeze its assets`): the measure is taken, where `said it
    would cut ties` only announces it."""
    decisions = article.lex.cues["planned"]["decisions"]
    return (any(lemma_forms(verb) & decisions for verb in _verbs_over(trigger, {"xcomp", "ccomp", "conj"}))
            or _decision_named(article, trigger) or _said_in_force(article, trigger)
            or _under_issued_mandate(article, trigger))


def _under_issued_mandate(article: _Article, trigger: Token) -> bool:
    """Whether the measure is taken `under` a mandate (classes.json `mandates`) a participle says was issued
    (notices.json `issuing_verbs`: `will be banned from next month under new rules published by Japan's trade
    ministry`): the rule that takes it is made, whenever it applies."""
    verb = article.clause_verb(trigger)[0]
    return any(mandate.lemma_.lower() in article.lex.roles["mandates"]
               and any(c.dep_ == "acl" and c.tag_ == "VBN" and lemma_forms(c) & article.lex.notices["issuing_verbs"]
                       for c in mandate.children)
               for holder in {trigger, verb} - {None} for mandate in _prep_objects(holder, "under"))


def _decision_named(article: _Article, trigger: Token) -> bool:
    """Whether the measure is the infinitive of a noun naming a decision taken (status_cues.json
    `planned.decision_nouns`: `Slovakia's decision to ban imports`, `the council's vote to expel the envoy`): the
    body has taken it, where `plans to ban` only announces it."""
    verb = trigger if trigger.pos_ in VERB_POS else trigger.head if trigger.dep_ in ("dobj", "nsubjpass") else None
    return (verb is not None and verb.dep_ == "acl" and _is_infinitive(verb)
            and verb.head.lower_ in article.lex.cues["planned"]["decision_nouns"])


def _said_in_force(article: _Article, trigger: Token) -> bool:
    """Whether the measure is said to be in force (status_cues.json `planned.in_force`) on the trigger, on the noun it
    describes or on the verb that noun is the subject of (`the decision to freeze the assets took effect on Wednesday`,
    `would freeze budget support with immediate effect`, an adverb: `are to be frozen forthwith`): taken, not
    announced."""
    phrases = article.lex.cues["planned"]["in_force"]
    token = trigger
    for _ in range(3):
        for child in token.children:
            words = " ".join(t.lower_ for t in child.subtree)
            said = (child.dep_ == "dobj" and f"{token.lemma_.lower()} {child.lemma_.lower()}" in phrases
                    or child.dep_ == "advmod" and child.lower_ in phrases   # "are to be frozen forthwith"
                    or child.dep_ == "prep" and any(f"{token.lemma_.lower()} {words}".startswith(p)
                                                    or words.startswith(p) for p in phrases))
            if said:
                return True
        if token.dep_ not in {"acl", "xcomp", "nsubj", "nsubjpass", "compound"}:
            return False
        token = token.head
    return False


def _accord_in_force_ends(article: _Article, trigger: Token) -> tuple[str | None, str | None]:
    """The ends of a truce or accord (the noun, not a measure `agreed` by ministers) said to take effect
    (`_said_in_force`: `as the truce brokered by Washington and Paris took hold along the Lebanon-Israel border`) that
    names no party of its own: the first two states or organisations of its sentence, the ones outside the participles
    that describe it (the sides: a border's states) before the ones inside (its brokers, `brokered by Washington`).
    An accord in force is done, between whom the sentence tells."""
    sent = article.sentence(trigger)
    described = {t.i for c in trigger.children if c.dep_ == "acl" for t in c.subtree}
    codes = [(t.i in described, article.code_of(t)) for t in sent]
    ends = list(dict.fromkeys(code for _, code in sorted(codes, key=lambda pair: pair[0]) if code)) + [None, None]
    return ends[0], ends[1]


def _pledged_to_partner(article: _Article, trigger: Token, source: str | None) -> bool:
    """Whether forces are pledged or offered (`promised to send 1,000 troops`), or sent under a partnership (`under an
    agreement reached with the United States`, `to lead a multinational security mission`; status_cues.json
    `planned.pledges`, `planned.partnerships`), or sent to help another party (`partner_help_verbs`: `sent 2,000 troops
    to Mozambique to help Maputo fight insurgents`): help promised or given to a partner, not forces massed against
    one."""
    cues = article.lex.cues["planned"]
    verbs = list(_verbs_over(trigger, {"xcomp", "ccomp"}))
    if any(lemma_forms(verb) & cues["pledges"] for verb in verbs):
        return True
    partnerships = cues["partnerships"]
    for child in (verbs[0].children if verbs else ()):
        purpose = child.dep_ in {"advcl", "xcomp"} and _is_infinitive(child)
        if child.dep_ == "prep" and child.lower_ == "under" or purpose:
            if any(obj.dep_ in {"pobj", "dobj"} and obj.lemma_.lower() in partnerships for obj in child.children):
                return True
        if purpose and lemma_forms(child) & cues["partner_help_verbs"]:
            # (the one helped is the object, or the subject the parser gives the act it is helped to: "help Maputo
            # fight")
            helped = [o for c in child.children if c.dep_ in {"dobj", "ccomp", "xcomp"}
                      for o in ([c] if c.dep_ == "dobj" else c.children) if o.dep_ in {"dobj", "nsubj"}]
            if any((code := article.code_of(o)) and code != source for o in helped):
                return True
    return False


def _offered_on_consent(article: _Article, trigger: Token, target: str | None) -> bool:
    """Whether a measure is promised on the consent of the party it goes to, or of one of the `consenting_bodies`
    (status_cues `conditions.consents`, their object none, a pronoun or a `consented_objects` word): `would send troops
    to Mozambique if Maputo asked for help`, `will send police to Haiti if the Security Council approves the mission`,
    an offer of help; consent to another thing (`if Taipei approves the arms purchase`), or one after a `contrary_marks`
    word (`unless Beijing approves the sale`), is the act a threat waits on."""
    conditions = article.lex.cues["conditions"]
    for clause in (c for t in (trigger, *trigger.ancestors) for c in t.children):
        if not (lemma_forms(clause) & conditions["consents"] and _is_condition(article, clause)) or any(
                c.dep_ == "mark" and c.lower_ in conditions["contrary_marks"] for c in clause.children):
            continue
        consenter = article.code_of(article.subject(clause))
        if consenter and (consenter == target or consenter in conditions["consenting_bodies"]) and all(
                o.pos_ == "PRON" or o.lemma_.lower() in conditions["consented_objects"]
                for o in clause.children if o.dep_ == "dobj"):
            return True
    return False


def _requested(article: _Article, trigger: Token) -> bool:
    """Whether the proposal word nearest above the trigger asks others to act (`urged Japan to impose`,
    `the rebels must agree`); not the `should` of a condition the parser hung the trigger's clause under (`pledged to
    support Egypt's economy should the crisis deepen`), nor a request verb over a statement it reports (`"Our forces
    are ready," the general told soldiers`, `insisted that its troops were ready`)."""
    below = trigger
    for token in [trigger, *trigger.ancestors]:
        if token.i != trigger.i and _is_condition(article, token):
            return False
        if any(c.dep_ == "aux" and c.lower_ in article.request_auxiliaries for c in token.children):
            return True
        if token == trigger:
            continue
        forms = lemma_forms(token)
        if forms & article.requests:
            return not _states_fact(below)
        below = token
        if forms & article.proposals:
            return False
    return False


def _states_fact(clause: Token) -> bool:
    """Whether a complement clause states a fact in the present or past tense (`told soldiers their forces are ready`,
    `were ready`, `has massed troops`), where a request's clause names an act still to be done (`demanded that Russia
    withdraw`, `urged Japan to impose`)."""
    return clause.dep_ == "ccomp" and (clause.tag_ in ("VBD", "VBZ") or any(
        t.lemma_ in ("be", "have") and t.tag_ in ("VBD", "VBZ", "VBP")
        for t in (clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass")))))


def _destination_state(article: _Article, obj: Token) -> str | None:
    """The state a clause in a measure's object names as where the goods end up (`prohibit the export of machine
    tools where the final destination is the Russian Federation`, `goods whose end user is Iran`): an export ban
    falls on the state of destination. Its subject is a notices.json `destination_nouns` word; or a
    `destination_participles` word says it, with its `for` or `to` the state (`equipment ..., where destined for
    Myanmar, is prohibited`, `goods bound for Iran`), wherever the parser hangs it in the phrase."""
    destinations = article.lex.notices["destination_nouns"]
    participles = article.lex.notices["destination_participles"]
    for participle in (t for t in obj.subtree if t.lower_ in participles and t.dep_ in {"acl", "relcl", "amod"}):
        state = next((article.code_of(t) for p in _prep_objects(participle, "for", "to") for t in p.subtree
                      if article.code_of(t)), None)
        if state:
            return state
    for clause in (t for t in obj.subtree if t.dep_ == "relcl" and t.lemma_ == "be"):
        subject = article.subject(clause)
        if subject is not None and subject.lemma_.lower() in destinations:
            return next((article.code_of(c) for c in clause.children if c.dep_ == "attr" and article.code_of(c)),
                        None)
    return None


def _origin_state(article: _Article, obj: Token) -> str | None:
    """The state a measure's goods come from (`prohibit the import of diamonds originating in Russia`, `crude oil
    coming from Iran`): an import ban falls on the state of origin. A participle of a notices.json `origin_verbs` verb
    in the object's phrase, with the state after `in` or `from`, or one of its `origin_nouns` that a state's name
    describes (`goods of Lebanese origin`, `products of Syrian provenance`)."""
    origins = article.lex.notices["origin_verbs"]
    origin_nouns = article.lex.notices["origin_nouns"]
    for noun in (t for t in obj.subtree if t.dep_ == "pobj" and t.lemma_.lower() in origin_nouns):
        state = next((article.code_of(m) for m in noun.children
                      if m.dep_ in {"amod", "compound", "nmod"} and article.code_of(m)), None)
        if state:
            return state
    for clause in (t for t in obj.subtree if t.dep_ in {"acl", "relcl", "pobj"} and t.i != obj.i
                   and (t.lemma_.lower() in origins or t.lower_ in origins)):   # (a gerund read as a noun)
        if any(article.code_of(p) for p in _prep_objects(clause, "to", "into")):
            return None  # "cars coming from Germany to North Korea": a route, whose end the ban may be on
        state = next((article.code_of(p) for p in _prep_objects(clause, "in", "from") if article.code_of(p)), None)
        if state:
            return state
    return None


def _means_of(trigger: Token) -> list[Token]:
    """The objects of a means preposition on the trigger (`spoke by telephone with`, `met via video link with`),
    on which the parser hangs the party the act is with."""
    return [p for c in trigger.children if c.dep_ in {"prep", "agent"} and c.lower_ in MEANS_PREPS
            for p in c.children if p.dep_ == "pobj"]


def _named_ends(article: _Article, candidate: Candidate) -> tuple[ActorRef | None, ActorRef | None]:
    """Source and target as named parties without a code: the clause subject (or agent) and its object, or the
    service a delivery names as receiving (`vessels built for the National Navy`)."""
    trigger = candidate.trigger
    demand = _ultimatum_demand(trigger)
    if demand is not None:  # "told the forces to quit the fields or be driven out by force": demander > party told
        told = next((c for c in demand.children if c.dep_ in {"dobj", "dative"}), None)
        source, target = article.name_of(article.launcher(article.subject(demand))), article.name_of(told)
        return (ActorRef(name=source) if source else None,
                ActorRef(name=target) if target and target != source else None)
    verb, _ = article.clause_verb(trigger)
    if verb is None:  # "the ceremony of handing over ... acquired for the operational units": the service named
        receiver = _receiver_words(candidate.recipient) if candidate.recipient is not None else None
        return None, ActorRef(name=receiver) if receiver else None
    subject = article.subject(verb)
    if candidate.type == "attack" and subject is not None and _reporter_of_passive(article, verb, subject):
        subject = None  # "was targeted in a grenade assault, IRNA reported": the agency reports, the attackers go unnamed
    # "six Rafale fighters landed at the air base": what a service receives is no giver
    source = (None if candidate.recipient is not None and subject is not None and subject == candidate.obj
              else article.name_of(article.launcher(subject)))
    info = article.lex.types[candidate.type]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "nsubjpass"} and c != candidate.obj]
    objects += _prep_objects(verb, *info.target_preps)
    if (info.type or candidate.type) in DEESCALATION_TYPES:  # "held talks with representatives of the miners": the
        # party of the verb's object that names the act
        objects += [p for o in objects if not article.name_of(o) for p in _prep_objects(o, *info.target_preps)]
        objects += [asked] if (asked := _asked_party(verb)) is not None else []
        if trigger.pos_ in NOUN_POS and trigger != verb:   # "held a second day of talks with the junta": the
            objects += _prep_objects(trigger, *info.target_preps)   # party the talks word names
    if candidate.recipient is not None:  # "vessels built for the National Navy were delivered": the service receives
        objects.insert(0, candidate.recipient)
    target = next((article.name_of(c) for c in objects if article.name_of(c)), None)
    if target is None and candidate.recipient is not None:  # "landed at Nevatim Air Base": the service, by its words
        target = _receiver_words(candidate.recipient)
    if candidate.reverse:
        source, target = target, source
    if not (source or target) and info.plover == "ASSAULT":
        source, target = _sides_between(article, trigger, verb)
    return (ActorRef(name=source) if source else None,
            ActorRef(name=target) if target and target != source else None)


def _asked_party(verb: Token | None) -> Token | None:
    """The party a verb of asking or inviting names as the doer of the infinitive under it (`invited the ELN to return
    to the negotiating table`, `urged Kyiv to resume talks`): its direct object, a party to the talks or the deal the
    infinitive's clause names, whoever else the clause names."""
    if verb is None or verb.dep_ != "xcomp" or verb.head.pos_ not in VERB_POS:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def _demanded_in_condition(article: _Article, verb: Token) -> bool:
    """Whether a condition clause names what its promise demands: one whose act averts the promised one, opened by a
    `demands` mark (status_cues `conditions`: `unless it hands over its weapons`) or a negated `if` (`if it does not
    withdraw`), not the act a plain condition fears (`should Russia invade`, `if Russia invades`)."""
    mark = next((c.lower_ for c in verb.children if c.dep_ == "mark"), None)
    return mark in article.lex.cues["conditions"]["demands"] or mark == "if" and any(
        c.dep_ == "neg" for c in verb.children)


def _ultimatum_demand(trigger: Token) -> Token | None:
    """The verb of demand whose ultimatum a penalty is (`told the forces to quit the fields or be driven out by force`,
    `gave the workers a week to leave or be treated as targets`): the penalty is the passive alternative to the
    demanded act, so the party that demands threatens the party told."""
    if trigger.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    demanded = trigger.head
    if demanded.dep_ not in {"xcomp", "advcl"} or not _is_infinitive(demanded):
        return None
    return demanded.head


def _sides_between(article: _Article, trigger: Token, verb: Token) -> tuple[str | None, str | None]:
    """The two sides of fighting named `between A and B` (`fighting broke out between the army and the RSF`,
    `clashes between police and protesters`), on the trigger noun or its clause verb."""
    for head in (trigger, verb):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                first = next((c for c in prep.children if c.dep_ == "pobj"), None)
                second = next((c for c in first.children if c.dep_ == "conj"), None) if first is not None else None
                if article.name_of(first) and article.name_of(second):
                    return article.name_of(first), article.name_of(second)
    return None, None


def _is_event(article: _Article, noun: Token) -> bool:
    """A weak noun counts when the sentence is about it (subject/object of an event verb, or root),
    not when it is a passing mention (`after a meeting with`).
    A noun set after a statement sums it up (`Morocco said it would review its cooperation, a warning aimed at
    Sweden`): what was said is the event, wherever the parser hangs the noun."""
    if _sums_up_statement(noun):
        return True
    token = noun
    while token.dep_ in {"conj", "compound", "appos"}:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in article.light_nouns:
        token = token.head.head  # "carried out a fresh round of strikes": the light noun's verb
    if token.dep_ == "ROOT" or _has_agent(article, token) or _states_victims(article, token):
        return True
    if _concluded(article, token):
        return True  # "under the military pact reached at the Pyongyang summit", "the deal struck with NATO": made
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_ == "be" and head.tag_ in {"VBD", "VBN"} and any(
            c.dep_ == "acomp" for c in head.children):
        return True   # "her talks with the officers had been extremely frank": how it went, so it took place
    if token.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} and head.pos_ in VERB_POS:
        return bool(lemma_forms(head) & article.event_verbs) or (
            bool(lemma_forms(head) & article.accusations) and _pinned_on_doer(article, head, token))  # "the
        # sabotage of the cable was blamed on Russian agents": what happened, its author claimed
    if token.dep_ == "pobj" and head.lower_ == "for" and (head.head.lemma_ == "be" or _awaited_arrival(head.head)):
        return True  # "the prime minister was in Brussels for discussions with", "is expected in Gaza for meetings":
        # there for it
    if token.dep_ == "pobj" and head.head.pos_ in VERB_POS and head.lower_ in {"to", "in", "into", "for"}:
        return bool(lemma_forms(head.head) & article.event_verbs)
    if token.dep_ == "pobj" and head.head.pos_ in VERB_POS:  # "emerged from two hours of discussions": taken part in
        return bool(lemma_forms(head.head) & article.lex.roles["event_exits"])
    return False


def _states_victims(article: _Article, noun: Token) -> bool:
    """Whether a noun's relative clause counts victims (classes.json `casualties`: `an assault that left five officers
    dead`, `a raid which killed 12 villagers`): an event that happened, wherever the noun stands."""
    return any(c.dep_ == "relcl" and any("casualties" in article.classes.get(w.i, ()) for w in (c, *c.children))
               for c in noun.children)


def _sums_up_statement(noun: Token) -> bool:
    """Whether a noun stands after a comma beside a sentence that reports a statement (`X said ..., a warning`)."""
    if noun.dep_ not in {"npadvmod", "appos"} or noun.left_edge.i == 0:
        return False
    root = noun.sent.root
    return (noun.doc[noun.left_edge.i - 1].text == "," and root.pos_ in VERB_POS
            and any(c.dep_ == "ccomp" for c in root.children))


def _has_agent(article: _Article, noun: Token) -> bool:
    """Whether a noun names who did it (`the raid by Boko Haram fighters`, `shelling by government forces`): an
    event, not a passing word."""
    return any(p.pos_ == "PROPN" or p.lemma_.lower() in article.actor_nouns
               or "attackers" in article.classes.get(p.i, ()) for p in _prep_objects(noun, "by"))


def _clause_verb(token: Token, light_nouns: set[str]) -> tuple[Token | None, Token]:
    """The verb a trigger belongs to, and the chain token directly under it. A noun reaches its verb
    through at most one preposition (`imposed sanctions on`, `invited Russia to a series of talks`,
    not `treat Moscow after the era of mediation`): beyond that the verb's arguments are not its own. A noun parsed
    as a clause of the verb is its object's complement (`declared a consular officer persona non grata`)."""
    child, preps = token, 0
    for _ in range(6):
        if child.pos_ in VERB_POS:
            return child, child
        complement = child.dep_ == "ccomp" and child.pos_ in NOUN_POS
        if child.dep_ not in CLIMB_DEPS | {"nsubj"} and not complement:
            return None, child
        parent = child.head
        if parent.dep_ == "prep" and not (parent.lower_ == "of" and parent.head.lemma_.lower() in light_nouns):
            preps += 1
            if preps > 1:
                return None, child
        if parent.pos_ in VERB_POS or _verb_by_its_arguments(parent):
            return parent, child
        child = parent
    return None, child


def _verb_by_its_arguments(token: Token) -> bool:
    """Whether a word the tagger took for a name or noun is a verb by the subject and object the parser gave it
    (`Ethiopia's prime minister hosted Somalia's president`, `hosted` tagged a proper noun): only verbs take both."""
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and "dobj" in deps


@lru_cache(maxsize=None)
def _status_nouns() -> frozenset[str]:
    """Nouns that give an act its status (`plans to sell`, `an offer to mediate`, `the right to deploy`): their
    infinitive is theirs, not the act of whoever holds them (`cancel plans to sell`)."""
    return frozenset().union(*(cues.get("nouns", ()) for cues in lexicon().cues.values() if isinstance(cues, dict)))


def _received_by_service(article: _Article, candidate: Candidate) -> bool:
    """Whether a delivery's receiver is its clause's subject and an armed service or security force (`the Tonga
    Police Maritime Wing took over two patrol boats`): a service's named unit, no company, whatever the kit."""
    subject = _clause_subject(article, candidate.trigger)[1] if candidate.reverse else None
    return subject is not None and _is_service(article, subject, article.lex.notices["service_receipts"])


def _clause_subject(article: _Article, trigger: Token) -> tuple[Token | None, Token | None]:
    """The verb of the trigger's clause and that verb's subject (either may be missing)."""
    verb = article.clause_verb(trigger)[0]
    return verb, article.subject(verb) if verb is not None else None


def _past_verb_read_as_participle(verb: Token) -> bool:
    """Whether a participle describing a noun has a direct object (`gunmen believed to be ISWAP fighters killed 40
    farmers`): a passive participle takes none, so it is the sentence's past verb, the noun its subject."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)


def _office_hung_on_participle(article: _Article, verb: Token) -> bool:
    """Whether a measure's participle describing a noun has a sanctions office as a subject of its own (`the Office of
    Foreign Assets Control (OFAC) designated entities`, read as `designated entities` with the office hung on the
    participle): it is the office's past verb, the noun its object."""
    return (verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}
            and any(c.dep_ == "nsubj" and article.in_office(c, "sanctions") for c in verb.children))


def _clause_hung_on_noun(verb: Token) -> bool:
    """Whether a clause the parser made a description of the noun before it is a clause of its own, the complement
    of a verb of notifying (`informs importers that the import of coal is prohibited`, `notifies all shipping agents
    that vessels ... are barred`): it has a `that` mark, or a subject besides its relative pronoun."""
    if verb.dep_ not in {"relcl", "acl"}:
        return False
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children) or len(subjects) > 1


def _narrates_at_place(verb: Token) -> bool:
    """Whether a relative clause goes on with the story at the place just named (`stopped in Juba, where he met the
    president`, `flew to Doha, where she held talks`): a `where` clause set off by a comma whose subject is a pronoun
    for the traveller tells a further act of the sentence, no description of the place (not `in Serbia, where 24
    people were killed last March`)."""
    if verb.dep_ != "relcl":
        return False
    where = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where" and c.i < verb.i), None)
    return (where is not None and where.i > 0 and verb.doc[where.i - 1].text == ","
            and any(c.dep_ == "nsubj" and c.lower_ in REPORTED_PRONOUNS for c in verb.children))


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, climbing to the governing verb for infinitives and conjuncts; a passive verb's subject
    is its infinitive's too (`is reported to have reinforced`), and an event noun's maker is its infinitive's
    (`signed a contract to sell`)."""
    raised = False  # "Pakistan is reported to have reinforced", "delegations are scheduled to convene"
    for _ in range(4):
        children = list(verb.children)   # one walk over them
        agent = next((c for c in children if c.dep_ == "agent"), None)
        # "a ceasefire, agreed in Moscow by Putin and Erdogan, came into force": the parser may read the accord as
        # the subject of its own concluding participle, whose agent makes it (not "spoke by telephone")
        named_agent = agent is not None and bool(lemma_forms(verb) & lexicon().roles["concluding_participles"]) and any(
            g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_) for g in agent.children)
        set_off = _subject_after_opening_phrase(verb, children)
        if set_off is not None:
            return set_off
        for child in children:
            if child.dep_ in {"nsubj", "csubj"} and not named_agent or child.dep_ == "nsubjpass" and (
                    raised or _awaited_arrival(verb)):
                return _subject_before_apposition(child)
        if verb.dep_ == "dep" and verb.head.tag_ == "VBG":   # "Snegur and Yeltsin, meeting in Moscow ..., signed an
            # accord": the parser may hang the verb on the participle set off between it and its subject
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
            if subject is not None:
                return subject
        for child in children:   # "The United States is today sanctioning": the parser may hang the subject on an
            if child.dep_ == "aux" and child.i < verb.i:   # auxiliary an adverb parts from its verb
                subject = next((g for g in child.children if g.dep_ == "nsubj"), None)
                if subject is not None:
                    return subject
        if agent is not None:
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
        if verb.dep_ not in SUBJECT_CLIMB_DEPS and not (verb.dep_ == "dobj" and verb.tag_ == "VBG"):
            return None   # (a gerund object is done by the subject of its verb: "Polisario will resume fighting")
        if verb.head.pos_ in NOUN_POS and _clause_hung_on_noun(verb):
            return None   # "notifies agents that vessels are barred": the agents bar nothing
        giver = _deadline_giver(verb)
        if giver is not None:
            verb, raised = giver, False  # "gave the junta 30 days to set a date or face sanctions": the party that
            continue  # sets the deadline, as where the parser hangs the infinitive on the verb
        if verb.head.pos_ in NOUN_POS:  # "Britain's decision to supply": the noun's owner acts
            if (verb.head.dep_ == "dobj" and verb.head.head.pos_ in VERB_POS and any(c.tag_ == "TO" for c in children)
                    and (verb.head.lemma_.lower() not in _status_nouns() or verb.head.head.lemma_ == "have")
                    and not any(c.dep_ == "poss" for c in verb.head.children)):
                verb, raised = verb.head.head, False  # "signed a contract to sell": the signer acts; "has no
                continue  # plans to send troops": so does the holder of a plan, as of no other status noun
            return verb.head
        raised = verb.dep_ == "xcomp"
        if verb.dep_ == "pcomp" and verb.head.lower_ == "from":   # "preventing Russian elites from using banks":
            kept = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
            if kept is not None:
                return kept   # the one kept from the act would do it
        # "set fire to houses after overrunning the station": an act in an adjunct is the clause's subject's
        adjunct = (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ADJUNCT_PREPS
                   and any(c.dep_ == "dobj" for c in verb.children))
        verb = verb.head
        if adjunct and verb.head.pos_ in VERB_POS:
            verb = verb.head
    return None


def _subject_before_apposition(subject: Token) -> Token:
    """The subject an apposition set off by commas describes, where the parser reads the apposition as the subject
    and the named party as its own subject (`Negotiators from Taipei and Beijing, rivals since the civil war, signed`):
    the party named first."""
    doc = subject.doc
    return next((c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i and c.pos_ in NOUN_POS
                 and doc[c.right_edge.i + 1].text == ","), subject)


def _subject_after_opening_phrase(verb: Token, children: list[Token]) -> Token | None:
    """The subject a sentence's opening participle phrase sets off with its comma, where the parser hangs it inside
    the phrase, on the participle it reads as the subject or as the apposition of the phrase's last noun (`Meeting in
    Pretoria after ten days of talks, envoys of both sides signed`, `Surrounded in the hills, a commander and 40 of his
    fighters surrendered`): the noun phrase after the comma that ends where the verb begins."""
    opening = next((c for c in children if c.tag_ in {"VBG", "VBN"} and c.dep_ in {"nsubj", "csubj", "advcl"}
                    and c.is_sent_start), None)
    if opening is None:
        return None
    doc = verb.doc
    return next((t for t in opening.subtree if t.dep_ in {"dep", "appos", "nsubj", "conj"} and t.pos_ in NOUN_POS
                 and t.head.i < t.i and doc[t.left_edge.i - 1].text == "," and t.right_edge.i + 1 == verb.i), None)


def _awaited_arrival(verb: Token) -> bool:
    """Whether a verb says its passive subject is awaited somewhere (status_cues `planned.awaited`: `the minister is
    expected in Addis Ababa for talks`), no clause naming what is awaited: the subject is the one who comes."""
    return (verb.lemma_.lower() in lexicon().cues["planned"]["awaited"]
            and not any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children))


def _deadline_acts(verb: Token) -> list[Token]:
    """What a verb of giving time (classes.json `deadline_verbs`) gives a party time to do (`gave Bosnian Serb forces
    until midnight to pull back`, `gave the junta 30 days to set a date`): the infinitives hung on the verb or on its
    deadline (a `deadline_preps` word with its time, or a `time_spans` or `deadline_nouns` object); none where the
    verb gives no deadline (the parser may hang the span on a place the party is in, as its apposition, or on the
    party's relative clause)."""
    roles = lexicon().roles
    if not lemma_forms(verb) & roles["deadline_verbs"]:
        return []
    children = list(verb.children)
    spans = roles["time_spans"] | roles["deadline_nouns"]
    times = [c for c in children if c.dep_ == "prep" and c.lower_ in roles["deadline_preps"]] + [
        c for c in children if c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in spans] + [
        t for c in children if c.dep_ == "prep" for p in c.children for t in p.children
        if t.dep_ == "appos" and t.lemma_.lower() in spans] + [   # "gave troops in Goma 48 hours to": the place's appos
        t for c in children if c.dep_ in {"dobj", "dative"} for r in c.children if r.dep_ == "relcl"
        for t in r.children if t.dep_ in {"dobj", "npadvmod"} and t.lemma_.lower() in spans]   # "gave the soldiers
    # who seized power one week to reinstate the president"
    if not times:
        return []
    holders = {verb, *times, *(p for t in times for p in t.children), *(t.head for t in times)}
    return [clause for clause in verb.subtree if clause.dep_ in {"advcl", "xcomp", "relcl", "acl"}
            and clause.head in holders and any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children)]


DEMANDED_ACT_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl", "conj"})   # how a deadline's act hangs in the parse


def _party_given_time(verb: Token) -> Token | None:
    """The party a deadline is given to, where the verb is what it must do or suffer (`gave the Serbs 48 hours to
    withdraw or face air strikes`, `gave Serbia until midnight to comply or face strikes`): the deadline verb's dative
    or object, not the time itself."""
    giver = _deadline_of_act(verb)
    if giver is None:
        return None
    roles = lexicon().roles
    return next((c for c in giver.children if c.dep_ in {"dative", "dobj"}
                 and c.lemma_.lower() not in roles["time_spans"] | roles["deadline_nouns"]), None)


def _deadline_of_act(verb: Token) -> Token | None:
    """The verb giving the deadline by which a verb (or the first of its conjuncts) must be done (`gave the rebels ten
    days to withdraw or hand over their weapons`): a demand, whatever the parse hangs the infinitive on."""
    clause = _first_conjunct(verb)
    giver = _deadline_giver(clause)
    if giver is None and clause.dep_ in {"advcl", "xcomp"} and clause in _deadline_acts(clause.head):
        giver = clause.head
    return giver


def _deadline_giver(verb: Token) -> Token | None:
    """The verb that gives a deadline an infinitive hangs on (`gave the junta 30 days to set an election date`, `gave
    diplomats 72 hours to leave`, `gave the troops until the end of the month to leave or become targets`): the
    parser's reading of the deadline of a demand, whose verb is the giver's. The deadline is a span of time or a
    deadline (classes.json `time_spans`, `deadline_nouns`) the verb takes, or any time its `deadline_preps` word
    names; or the verb whose party's relative clause the parser hangs the span and the infinitive on (`gave the
    soldiers who seized power one week to reinstate the president`)."""
    noun = verb.head
    if verb.dep_ not in {"relcl", "acl", "advcl"} or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                             for c in verb.children):
        return None   # (the relation first: this is asked at each step up from every trigger to its subject)
    if verb.dep_ == "advcl":
        party = noun.head if noun.dep_ == "relcl" and noun.head.dep_ in {"dobj", "dative"} else None
        return party.head if party is not None and verb in _deadline_acts(party.head) else None
    roles = lexicon().roles
    if (noun.lemma_.lower() in roles["time_spans"] | roles["deadline_nouns"] and noun.head.pos_ in VERB_POS
            and noun.dep_ in {"npadvmod", "dobj"}):
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in roles["deadline_preps"] and prep.head.pos_ in VERB_POS:
        return prep.head
    return None


def _sponsoring_state(article: _Article, actor: Token) -> str | None:
    """The state an unnamed armed or hacking group acts for, named by a participle that describes it (`hackers linked
    to Russian military intelligence`, `gunmen backed by Rwanda`, `hackers believed to be working for North Korea's
    Lazarus Group`, where the parser hangs the participle on the hedging verb the group is subject of, or takes the
    participle itself for the group's verb and hangs the act on it: `hackers linked to China's military broke into`):
    the state behind the act (classes.json `sponsoring_participles`)."""
    participles = [c for c in actor.children if c.dep_ == "acl"]
    if actor.dep_ == "nsubj" and actor.head.pos_ == "VERB":
        if lemma_forms(actor.head) & article.lex.roles["sponsoring_participles"]:
            participles.append(actor.head)   # "hackers linked to China's military broke into": read as its verb
        else:   # "hackers believed to be working for": the hedge's complement
            participles += [c for c in actor.head.children if c.dep_ == "xcomp"]
    code = article.code_of
    for participle in participles:
        if not lemma_forms(participle) & article.lex.roles["sponsoring_participles"]:
            continue
        for party in _prep_objects(participle, "to", "by", "for", "with"):
            found = code(party) or next((code(c) for c in party.children if c.dep_ in MODIFIER_DEPS and code(c)),
                                        None)
            if found:
                return found
    return None


def _force_made_of(article: _Article, group: Token) -> str | None:
    """The state whose forces a group noun's `of` names (`a patrol of Georgian border police`, `a convoy of Malian
    soldiers`): the party the group is, where the group word itself names none."""
    return next((article.code_of(p) for p in _prep_objects(group, "of")
                 if article.classes.get(p.i, set()) & OWN_FORCE_CLASSES and article.code_of(p)), None)


def _modifier_dyad(article: _Article, noun: Token) -> list[str]:
    """The state codes of the coordinated modifiers of a `between` object (`between Tajik and Kyrgyz border
    guards`): the two sides, each named on the forces they share."""
    codes = [article.code_of(m) for c in noun.children if c.dep_ in MODIFIER_DEPS and article.code_of(c)
             for m in (c, *c.conjuncts)]
    return codes if all(codes) and len(set(codes)) == len(codes) else []


def _commitment_parties(article: _Article, noun: Token | None) -> tuple[str | None, str | None]:
    """(source, target) of an act promised by a status noun no one owns that a verb makes (status_cues `planned`
    `nouns`: `India and Pakistan made a joint commitment to observe the ceasefire`, `the conversation between the
    Indian and Pakistani commanders produced a commitment to observe the truce`): the two parties of the verb's
    subject, its conjuncts or the two sides its `between` names. One party alone (`accused India of breaking its
    commitment`) makes no accord between two."""
    if (noun is None or noun.dep_ != "dobj" or noun.lemma_.lower() not in article.lex.cues["planned"]["nouns"]
            or any(c.dep_ == "poss" for c in noun.children)):
        return None, None
    maker = article.subject(noun.head)
    if maker is None:
        return None, None
    codes = [article.code_of(t) for t in (maker, *maker.conjuncts)]
    if not all(codes):   # (the sides named anywhere in the `between` phrase, each once: `the Indian and Pakistani
        codes = [code for side in _prep_objects(maker, "between")  # military operations chiefs`)
                 for code in dict.fromkeys(article.code_of(t) for t in side.subtree) if code]
    return (codes[0], codes[1]) if len(codes) == 2 and codes[0] != codes[1] else (None, None)


def _speaker_of_promise(article: _Article, verb: Token | None) -> tuple[str | None, str | None]:
    """(speaker, addressee) of a response promised in a reported clause whose subject is no party (`stationing
    launchers there would invite countermeasures, China's defence ministry told Tokyo`, `any attempt to land would be
    answered with a response of a different dimension, the Kremlin said`): who says a response will come makes the
    threat, and whom it tells is threatened. Only a clause with a future or conditional auxiliary (on the verb or the
    verb it is coordinated with) promises; `the ministry said the drills were a provocation` promises nothing."""
    if verb is None or not (_future_said(article, verb) or verb.dep_ == "conj" and _future_said(article, verb.head)):
        return None, None
    return _reporting_speaker(article, verb)


def _reporting_speaker(article: _Article, verb: Token | None) -> tuple[str | None, str | None]:
    """(speaker, addressee) of the reporting verb (status_cues `speculative.speakers`) a clause is told under
    (`..., Kazakhstan's defence ministry said`, `..., China's defence ministry told Tokyo`)."""
    speakers = article.lex.cues["speculative"]["speakers"]
    speaker = None if verb is None else next(
        (t for t in verb.ancestors if t.pos_ in VERB_POS and lemma_forms(t) & speakers), None)
    if speaker is None:
        return None, None
    told = next((code for c in speaker.children if c.dep_ in {"dobj", "dative"} if (code := article.code_of(c))), None)
    return article.code_of(article.subject(speaker)), told


def _ends(article: _Article, candidate: Candidate, info: TypeInfo) -> tuple[str | None, str | None, bool]:
    """(source code, target code, joint) from the parse around the trigger."""
    code = article.code_of
    # whose subject is hit: "Russia would face sanctions", a measure "accepted" by the one it falls on
    patients = article.measure_patient_verbs if info.plover in MEASURE_PLOVER else article.patient_verbs
    trigger, obj = candidate.trigger, candidate.obj
    is_noun, relation = trigger.pos_ in NOUN_POS, trigger.dep_   # (read once: the ends ask them often)
    source = target = giver = buyer = None
    joint = trigger.i in article.joint_heads or obj is not None and obj.i in article.joint_heads
    # possessives and modifiers of the trigger noun: "Russia's invasion", "the Russian military buildup"
    # "Turkey gave Ukraine drones": a receiver the parser hung on the goods receives
    receiver = _receiver_read_as_modifier(article, obj if obj is not None else trigger)
    receiving = {t.i for t in receiver} if receiver is not None else set()
    if receiver is not None:
        target = next(found for t in receiver if (found := code(t)))
    if is_noun:
        # "U.S. security assistance efforts": the compound's head owns it too; "Russian drone and missile attacks",
        # which the parser reads as `drone` and `attacks`: the modifier of the first conjunct is of both, where the
        # second has no determiner of its own (not "China's practices and the consequences of the war")
        owners = [trigger, trigger.head] if relation == "compound" or (
            relation == "conj" and trigger.head.pos_ in NOUN_POS
            and not any(c.dep_ in {"det", "poss"} for c in trigger.children)) else [trigger]
        source = next((code(c) for t in owners for c in t.children if c.dep_ in MODIFIER_DEPS and c.i != trigger.i
                       and c.i not in receiving and code(c)), None)
        # "the handover of helicopters to Mozambique by the Emirates": the noun's agent, also of the compound's head
        # and named by its own modifier ("live-fire drills by Russia's Northern Fleet", "drills by the Russian navy")
        source = source or next((code(w) for t in owners for p in _prep_objects(t, "by")
                                 for w in (p, *(c for c in p.children if c.dep_ in MODIFIER_DEPS)) if code(w)), None)
        # "the visit of the Iranian foreign minister to Riyadh": a party to it; "a build-up of Eritrean troops" (not
        # what is received: "took delivery of American tanks", whose owner gives them)
        source = source or next((code(p) for p in _prep_objects(trigger, "of") if code(p) and (
            info.between_parties or "forces" in article.classes.get(p.i, ()) and not candidate.reverse)), None)
    # "hackers linked to Russian military intelligence", "a hacking group tied to the Revolutionary Guards"
    source = source or _sponsoring_state(article, trigger) or (
        relation in {"compound", "amod"} and _sponsoring_state(article, trigger.head)) or None
    if is_noun and not source:   # "the efforts of the United States to constrain Russia, including through sanctions"
        source = _effort_owner(article, trigger)
    measure = _measure_noun(article, obj)
    if obj is not None:
        # "Turkish supplies", "a Chinese team of rescuers", "tonnes of food from the Kuwait Red Crescent"
        owner = (next((code(c) for t in (obj, measure) if t is not None for c in t.children
                      if c.dep_ in MODIFIER_DEPS and c.i not in receiving and code(c)), None)
                 or _hyphenated_giver(article, obj))
        if ORGANISATION_CLASS in article.classes.get(obj.i, ()) and obj.head.lower_ == "from" and any(
                c.dep_ == "nsubjpass" for c in trigger.children):
            source = code(obj)  # "was expelled from the Council of Europe": the body acts
        elif ORGANISATION_CLASS in article.classes.get(obj.i, ()):  # "quit the Organization of American States"
            target = code(obj)
        elif info.object_owner == "target" or article.classes.get(obj.i, set()) & TARGET_OWNED_CLASSES:
            # (also the armed party a force pursues: "wiped out a camp of Boko Haram militants", the ship or town
            # a force takes: "seized a British-flagged tanker")
            # "a ban on all flights by Malian carriers": whose acts a measure forbids is whom it falls on
            target = owner or next((code(w) for p in _prep_objects(obj, "by") for w in (p, *p.children) if code(w)),
                                   None)
        else:  # "a craft gifted by the Government of India was handed over": the giver its participle names
            giver, buyer = _participle_agents(article, candidate)
            if not candidate.reverse:
                source, target = source or owner or giver, target or buyer
            elif _has_receiver(article, _receiving_clause(article, trigger)):
                target = target or owner  # "Ukraine received Turkish drones", "Poland took delivery of South Korean
                # tanks": beside a receiver of its own, the owner named on what is received gave it (the source
                # after the swap, where a receiver's giver is read)
            else:
                source = source or owner  # "to get Ukraine tanks": no receiver but the owner's name
    if candidate.recipient is not None:  # "delivered boats to Costa Rica's Coast Guard": its state receives
        target = target or _service_state(article, candidate.recipient)
        source = (source or _journey_origin(article, trigger) or _origin_told_next(article, trigger)
                  or _record_giver(article))
        if not target and _is_service_base(candidate.recipient, article.lex.notices["service_receipts"]):
            target = article.home_state(source)  # "landed at Ohakea Air Base ... operated by the Royal New Zealand
            # Air Force": a base with no state named is the notice's own state's
    # objects of target prepositions on the trigger, the object word, then the clause verb
    verb, under = article.clause_verb(trigger)
    holders = [t for t in (trigger, obj) if t is not None]
    if relation == "compound":
        holders.append(trigger.head)
    if trigger.lemma_.lower() in article.light_nouns:  # "the next round of talks between Serbia and Kosovo"
        holders += _prep_objects(trigger, "of")
    if is_noun:  # "mediation by Saudi Arabia and the United States between the army and the RSF":
        # the parser hangs the noun's `between` on its agent, who is no place to be between
        holders += [c for p in _prep_objects(trigger, "by") for c in (p, *p.conjuncts) if _prep_objects(c, "between")]
    if trigger.pos_ in VERB_POS:
        holders += [c for c in trigger.children if c.dep_ == "dobj"]
    if (info.type or candidate.type) in DEESCALATION_TYPES:  # "spoke by telephone with Albanese": the means carries
        holders += _means_of(trigger)  # the other party
    if obj is not None:  # the parser hangs the coordination's preposition on its first word (`the sale, supply or
        # export to Russia`) or on its last (`launched 90 drones and two missiles on Ukraine`, `the package includes
        # ammunition and Javelin missiles for Ukraine`: the aim or the receiver of the last is of all)
        last = max(obj.conjuncts, key=lambda c: c.i, default=obj)
        holders += [c for c in obj.conjuncts if (c.i < obj.i or c == last) and c not in holders]
        if obj.dep_ in MODIFIER_DEPS and obj.head.pos_ in NOUN_POS:   # "deliveries of the first S-400 air defence
            holders.append(obj.head)   # squadron to India": the noun the object word modifies holds the phrase's `to`
        target = target or _destination_state(article, obj)
    if verb is not None and verb != trigger:
        holders.append(verb)
        if relation == "nsubj" and not any(c.dep_ == "dobj" for c in verb.children):   # "shipments of security
            # assistance continue to flow into Ukraine": the verb its own verb goes on with takes the aim
            holders += [c for c in verb.children if c.dep_ == "xcomp"]
    arrival = _arrival(article, candidate)
    if arrival is not None:  # "an Indian C-17 carrying tents landed in Kathmandu": the vehicle's state gives
        vehicle, verb_of_arrival, place = arrival
        source = source or next((code(c) for c in vehicle.children if c.dep_ in MODIFIER_DEPS and code(c)), None)
        # "planes carrying tents from the Emirates landed", "trucks crossed into Syria from Turkey": where the cargo
        # comes from gives
        cargo = [obj, *obj.conjuncts] if obj is not None else []
        source = source or next((code(p) for holder in (vehicle, trigger, *cargo, verb_of_arrival)
                                 for p in _prep_objects(holder, "from") if code(p)), None)
        target = target or next((code(p) for p in (place, *place.children) if p.dep_ in {"dobj", "pobj"} and code(p)),
                                None)
    # "relief supplies sent by Indonesia reached Rakhine": the agent of the participle of the act that describes it
    # acts (not "vehicles produced by a Turkish company")
    # and so does the agent of any participle of the vehicle that brings aid ("a cargo flight chartered by the WHO
    # landed with kits")
    carrier = arrival[0] if arrival is not None else _carrier_landed_with(candidate)
    if not source and arrival is None and carrier is not None:  # "medical teams from the Red Cross arrived with kits"
        source = next((found for p in _prep_objects(carrier, "from")
                       for t in (p, *(c for c in p.children if c.dep_ in MODIFIER_DEPS)) if (found := code(t))), None)
    described = (trigger, obj, carrier, *(_prep_objects(trigger, "of") if is_noun else ()))
    clauses = [] if source or giver else [clause for noun in described if noun is not None
                                          and noun.pos_ in NOUN_POS for clause in noun.children if clause.dep_ == "acl"
                                          and not _buying_clause(candidate, clause)]
    if clauses:
        # "the mobilisation of 40,000 reservists announced by Addis Ababa has deepened fears", "air strikes ordered by
        # the coalition have killed": the agent of a participle that authors an event noun acts where the noun is its
        # clause's subject, no other party acting on it (not "Iceland aligns with the measures adopted by the EU");
        # the parser may hang the participle on the noun's `of`
        authoring = _frame_heads_of_type(candidate.type) | (
            article.lex.roles["authoring_participles"] if relation in {"nsubj", "nsubjpass"} else frozenset())
        agent = next((code(p) for clause in clauses if lemma_forms(clause) & authoring
                      or carrier is not None and clause.head.i == carrier.i
                      for agent in clause.children if agent.dep_ == "agent"
                      for p in agent.children if p.dep_ == "pobj" and code(p)), None)
        source, giver = (source, agent) if candidate.reverse else (agent, giver)
    # "the sanctions the United States has imposed on Iran": the relative clause's subject acts
    for clause in (c for c in trigger.children if c.dep_ == "relcl") if is_noun else ():
        holders.append(clause)
        actor = code(article.subject(clause))
        if lemma_forms(clause) & patients:
            target = target or actor
        else:
            source = source or actor
    venue = None
    for holder in holders:
        for word, objects in _prepositions(holder):
            if word in info.target_preps:
                for pobj in objects:
                    if code(pobj) and code(pobj) != source:
                        if word == "in":
                            venue = venue or (None if target else code(pobj))
                        elif code(pobj) == venue:  # "talks with Poland in Warsaw": a party too
                            venue = None
                        target = target or code(pobj)
                        if word == "between":  # a dyad only when two parties are named
                            both = [pobj, *pobj.conjuncts]
                            if len(both) == 1:  # "between Russian and North Korean ministers": the modifiers
                                both = [m for c in pobj.children if c.dep_ in MODIFIER_DEPS and code(c)
                                        for m in (c, *c.conjuncts)] or both
                            if len(both) == 2 and code(both[1]):
                                source, target = source or code(both[0]), code(both[1])
                            elif len(both) > 2:
                                target = None
    if not (source or target):  # "clashes between Tajik and Kyrgyz border guards": the states named on the sides
        source, target = next((pair for head in (trigger, verb) if head is not None
                               for side in _prep_objects(head, "between")
                               if len(pair := _modifier_dyad(article, side)) == 2), (None, None))
    # the clause: subject (or agent) is the source, direct object or dative the target
    if verb is not None:
        subject = article.launcher(_enactor(article, article.subject(verb)))   # (a law's act: who passed it)
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        told_penalty = candidate.type == "threat" and any(verb == penalty.root for penalty in article.penalties)
        suffered = bool(lemma_forms(verb) & patients)
        given = _party_given_time(verb) if suffered else None
        if given is not None:  # "NATO gave the Serbs 48 hours to withdraw or face air strikes": the party given time
            target, source = target or code(given), source or code(subject)   # is hit, the giver threatens
        elif suffered or told_penalty:  # "Russia would face sanctions", "Hamas would pay a heavy
            # price": the subject is hit
            target = target or code(subject) or (subject is not None and _force_made_of(article, subject))
        elif (under == trigger or verb == trigger   # (by position: a clause verb read once is another object)
              or under.dep_ in {"dobj", "attr", "xcomp", "pobj", "oprd", "prep", "dative"}
              or under.dep_ == "acomp" and info.between_parties):   # "Moscow is ready for talks with Kyiv": a
            # party's stance on talks (not on a measure: "Iran is subject to sanctions" falls on its subject)
            subject_code = (code(subject) or (subject is not None and _sponsoring_state(article, subject))
                            or (subject is None and article.operative_body(verb)))   # "6. Decides to impose"
            if subject_code and not source and subject_code != buyer:  # "howitzers bought by Norway arrived"
                source = subject_code
        if verb == trigger or candidate.obj is not None or under.dep_ == "prep":
            for child in verb.children:
                if (child.dep_ in {"dobj", "dative", "oprd", "nsubjpass"} and obj not in (child, _counted_word(child))
                        and code(child) and not (candidate.type == "threat" and _weapons_used(article, verb, child))):
                    # (not "hundreds of troops were deployed": the frame's own object; nor the weapons a threat would
                    # use: "would use the Russian nuclear weapons stationed on its soil")
                    if child.dep_ == "nsubjpass" and not _awaited_arrival(verb) or not passive:  # the party met,
                        # not where ("in Colombo"); not the one who comes ("is expected in Hanoi for talks")
                        target = code(child) if target in (None, venue) else target
        if subject is not None and (info.between_parties or info.joint_plover):
            modifiers = [c for c in subject.children if c.dep_ in MODIFIER_DEPS and code(c)]
            if subject.lemma_.lower() in article.actor_nouns:  # "representatives of Serbia and Kosovo met"
                modifiers += [p for p in _prep_objects(subject, "of", "from") if code(p)]
            # (last, a coordinated modifier itself: "North and South Korea", the actor layer's PRK and KOR)
            partners = [code(c) for c in [*subject.conjuncts, *_headline_partners(subject),
                                          *(m for c in modifiers for m in c.conjuncts),
                                          *(c for c in modifiers if c.conjuncts)]
                        if code(c) and not _body_of_state(code(c), source)]
            partner = next((p for p in partners if p != source), None)
            # (not where the act is its owner's: "Kishida and Yoon discussed Pyongyang's missile launches")
            owned = is_noun and any(c.dep_ == "poss" and code(c) == source for c in trigger.children)
            if partner and source and not owned:
                target = partner if target in (None, venue) else target  # the parties, not where they meet
                joint = True
    if not (source or target) and verb is not None and (info.type or candidate.type) in DEESCALATION_TYPES:
        source, target = _commitment_parties(article, article.subject(verb))   # "made a joint commitment to observe"
    if target in (None, venue) and (info.type or candidate.type) in DEESCALATION_TYPES:
        target = code(_asked_party(verb)) or target   # "invited the ELN to return to the negotiating table"; the party
        # invited, not where ("invited South Sudan's rival factions to resume dialogue in Addis Ababa")
    # "Stoltenberg's offer of further talks": a possessor up the `of` chain
    if not source:
        token = trigger
        while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in NOUN_POS:
            token = token.head.head
            source = next((code(c) for c in token.children if c.dep_ in {"poss", "amod", "compound"} and code(c)),
                          None)  # "Moscow's imposition of a ban"; "the imposition by Moscow of a ban": its agent
            source = source or next((code(p) for p in _prep_objects(token, "by") if code(p)), None)
            if source:
                break
    if not source:  # "Britain warned Russia it would face sanctions": the one who threatens
        threatener = next((t for t in trigger.ancestors if lemma_forms(t) & article.threat_verbs), None)
        source = code(article.subject(threatener)) if threatener is not None else None
    if not source and candidate.type == "threat":   # "X would invite countermeasures, China's ministry told Tokyo"
        source, told = _speaker_of_promise(article, verb)
        target = target or told
    if not (source or target) and candidate.type == "mobilization":   # "reservists have received call-up papers,
        source, _ = _reporting_speaker(article, verb)   # Kazakhstan's defence ministry said": a call-up its state tells
    # "get weapons to Ukrainian fighters", "procure ammunition for Ukraine": sent, or bought for another, not received
    if candidate.reverse and (_has_prep(trigger, "to") or any(
            code(p) for holder in (trigger, obj) if holder is not None for p in _prep_objects(holder, "for"))):
        candidate = Candidate(candidate.type, trigger, candidate.strength, obj, reverse=False)
    if candidate.reverse:  # "Ukraine received howitzers from Canada", "aircraft transferred by the United States"
        source, target = target, source
        receiver = article.subject(verb) if verb is not None and not target else None
        service = receiver and _service_named_by(article, receiver, article.lex.notices["service_receipts"])
        if service is not None:  # "the Tanzanian People's Defence Force received", "the Tonga Police Maritime Wing
            target = _service_state(article, service)  # took over", "the Chief of the Ghana Navy accepted"
        # (named on what is received, or what it counts, or on the verb of a received noun: "took delivery of
        # helicopters from the US", "received a second batch of drones from Turkey", "a donation of trucks from Japan")
        verb_of_object = verb is not None and relation == "dobj" and trigger.head.i == verb.i
        givers = [t for t in (trigger, obj, verb if verb_of_object else None) if t is not None]
        givers += [obj.head] if obj is not None and obj.dep_ == "compound" else []  # "get Patriot systems from"
        # "received the following from the Royal Netherlands Army: four ambulances and two drones": the verb's other
        # object, which the parser gives the `from`
        givers += [c for c in trigger.children if c.dep_ == "dobj" and c is not obj] if trigger.pos_ in VERB_POS else []
        givers += _prep_objects(obj, "of") if obj is not None else []
        source = source or giver or next((code(p) for holder in givers for p in _prep_objects(holder, "from")
                                          if code(p)), None)
    if not source and not candidate.reverse and candidate.type in DELIVERY_OR_DEPLOYMENT_KINDS:
        # "carriers transferred from Germany", "troops sent from Russia", "flour from Iranian charities was
        # unloaded": where the sending starts gives
        cargo = [] if obj is None else [obj, obj.head] if obj.dep_ in {"nmod", "compound", "conj"} else [obj]
        cargo += [measure] if measure is not None else []
        # "from the Kuwait Red Crescent", "from a Saudi relief flight": a national body or craft names its state
        source = next((found for holder in (trigger, *cargo) for p in _prep_objects(holder, "from")
                       for t in (p, *(c for c in p.children if c.dep_ in MODIFIER_DEPS)) if (found := code(t))), None)
    if not source and not candidate.reverse and candidate.type in DELIVERY_OR_DEPLOYMENT_KINDS:
        source = _framework_partner(article, trigger)  # "supplied under the agreement with Türkiye"
    if not target and verb is not None and candidate.type in DELIVERY_OR_DEPLOYMENT_KINDS:
        target = _purpose_recipient(article, verb, info)  # "direct the drawdown ... to provide assistance to Taiwan"
    if not target and is_noun and candidate.type in DELIVERY_OR_DEPLOYMENT_KINDS:
        target = _supported_by_means(article, trigger)   # "supporting Ukraine through security assistance"
    if not target and obj is not None:  # "prohibit the import of diamonds originating in Russia": a party named
        target = _origin_state(article, obj)   # anywhere else wins ("cars made in Germany to North Korea")
    if not target and is_noun:
        target = _dative_receiver(article, trigger) or _aimed_at(article, trigger)
    if info.other_state_target and source and not target and not _names_uncoded_party(article, verb, obj):
        target = _other_state(article, trigger, source, info.victim_not_target)
    if not target and is_noun and info.plover in MEASURE_PLOVER:
        target = _measure_effect_target(article, trigger)
    if not source and info.reporter_acts:
        source = _reporting_state(article, trigger)
    if source == target:
        target = None
    return source, target, joint


def _measure_effect_target(article: _Article, measure: Token) -> str | None:
    """The party a measure falls on, told by its effect (classes.json `measure_effects`): the owner of what the
    measure, as a subject, acts on (`our sanctions are weakening Russia's ability to wage war`, `export controls have
    starved the Kremlin's arms makers of chips`), or of the subject of a clause that the measure weighs on (`Russia's
    economy contracted under the weight of sanctions`)."""
    first = _first_conjunct(measure)
    if first.dep_ == "nsubj":
        effects = article.lex.roles["measure_effects"]
        # (also the verb it controls, `continue to squeeze`, and one joined to its verb with no subject of its own:
        # the parser reads `Our sanctions, imposed with 30 countries, are weakening` as two verbs of one subject)
        verbs = [first.head, *(c for c in first.head.children if c.dep_ == "xcomp" or c.dep_ == "conj"
                               and c.pos_ in VERB_POS and not any(g.dep_ == "nsubj" for g in c.children))]
        for verb in (v for v in verbs if lemma_forms(v) & effects):
            # what it acts on: its object, or the object of the preposition its verb is read with (`cut into`)
            hit = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] + [
                p for word, objects in _prepositions(verb) if f"{verb.lemma_.lower()} {word}" in effects
                for p in objects]
            found = next((code for party in hit if (code := article.code_of(party))), None)
            if found:
                return found
        return None
    node = first
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in NOUN_POS:   # "the weight of"
        node = node.head.head
    if node.dep_ == "pobj" and node.head.lower_ == "under":   # a noun under it is what it falls on (`Russian banks
        holder = node.head.head   # under sanctions`), else the subject of the clause
        party = holder if holder.pos_ in NOUN_POS else article.subject(holder)
        return article.code_of(party)
    return None


def _measure_as_doer(article: _Article, trigger: Token) -> bool:
    """Whether an attack verb's subject is a measure (classes.json `restrictions`: `sanctions have hit Russia's
    economy`, `the embargo crippled its air force`): the measure's effect, no strike."""
    return trigger.pos_ in VERB_POS and any(
        c.dep_ == "nsubj" and "restrictions" in article.classes.get(c.i, ()) for c in trigger.children)


def _reporting_state(article: _Article, trigger: Token) -> str | None:
    """The state whose organ reports an act told with no actor (`reservists have been ordered to report to their
    units, Ukraine's General Staff said`): the first clause up from the trigger that names an actor must be the
    report's, the clauses below it passive or subjectless."""
    for verb in trigger.ancestors:
        if verb.pos_ not in VERB_POS:
            continue
        if any(c.dep_ in {"nsubj", "agent", "csubj"} for c in verb.children):
            return None   # an actor of its own, which the parse did not code
        if verb.dep_ == "ccomp" and lemma_forms(verb.head) & quote_cues().verbs:
            return article.code_of(article.subject(verb.head))
    return None


def _group_gives_up_arms(article: _Article, trigger: Token, source: str | None, target: str | None) -> bool:
    """Whether an armed group (organisations.json type `group`) hands its weapons over (classes.json
    `disarming_handovers`) to a state or a body that is no group (`Boko Haram fighters surrendered to Nigerian troops,
    handing over rifles`, `FARC rebels handed over their weapons to UN monitors`): the group disarms, it supplies no
    one (not `Hezbollah handed over rockets to Hamas`). A giver the actor layer does not name disarms where its verb's
    subject is a word for fighters (classes.json `combatants`: `guerrillas surrendered to government forces, handing
    over rifles`), and so does one whose handover goes with its surrender (`surrendering_verbs`)."""
    if not lemma_forms(trigger) & article.lex.roles["disarming_handovers"]:
        return False
    giver, taker = gazetteer().entries.get(source or ""), gazetteer().entries.get(target or "")
    if taker is not None and taker.type == "group":
        return False
    if trigger.dep_ in {"advcl", "conj"} and lemma_forms(trigger.head) & article.lex.roles["surrendering_verbs"]:
        return True   # "surrendered to police, handing over rifles": the weapons of a surrender
    if source:
        return giver is not None and giver.type == "group"
    subject = article.subject(trigger) if trigger.pos_ in VERB_POS else None
    return subject is not None and "combatants" in article.classes.get(_counted_word(subject).i, ())


def _body_of_state(code: str, state: str | None) -> bool:
    """Whether a coded body belongs to the state (organisations.json `affiliation`: `Iran's navy and the
    Revolutionary Guards held war games` is one state's exercise, no joint one)."""
    entry = gazetteer().entries.get(code)
    return state is not None and entry is not None and entry.affiliation == state


def _framework_partner(article: _Article, trigger: Token) -> str | None:
    """The state a delivery's framework names as the other party (`carriers supplied within the framework of the
    agreement on military assistance with the Republic of Türkiye`, `boats provided under a programme with Japan`):
    the `with` in the phrase of a `framework_prepositions` word on the trigger; a delivery under a pact is between
    its parties, and one that names no giver is the partner's."""
    preps = article.lex.notices["framework_prepositions"]
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in preps):
        partner = next((article.code_of(p) for t in prep.subtree if t.dep_ == "prep" and t.lower_ == "with"
                        for p in t.children if p.dep_ == "pobj" and article.code_of(p)), None)
        if partner:
            return partner
    return None


def _aimed_at(article: _Article, noun: Token) -> str | None:
    """The state a participle describing a noun aims it at (`a warning widely read as aimed at Sweden's parliament`,
    `a threat directed at Moscow`; classes.json `aiming_acts`): whom the warning or measure is for."""
    clauses = [c for c in noun.children if c.dep_ == "acl"]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "advcl"]  # "read as aimed at"
    return next((found for clause in clauses if lemma_forms(clause) & article.lex.roles["aiming_acts"]
                 for p in _prep_objects(clause, "at", "against") for t in (p, *p.children)
                 if (found := article.code_of(t))),
                None)


def _measure_noun(article: _Article, obj: Token | None) -> Token | None:
    """The amount or team an object word is counted in (`forty tonnes of food`, `a team of 60 rescuers`): its
    modifiers and its `from` name who sends the object, as the object's own would."""
    if obj is None or obj.dep_ != "pobj" or obj.head.lower_ != "of":
        return None
    measure = obj.head.head
    return measure if measure.lemma_.lower() in article.light_nouns else None


def _journey_origin(article: _Article, event: Token) -> str | None:
    """The state materiel a service receives came from: after `from` on its event or on a noun of the event's
    preposition (`landed after a ferry flight from Sweden`)."""
    nouns = [event, *(p for prep in event.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")]
    return next((code for noun in nouns for p in _prep_objects(noun, "from") if (code := article.code_of(p))), None)


def _origin_told_next(article: _Article, event: Token) -> str | None:
    """The supplier a notice names in the sentence after the delivery, of the same materiel (`Two cutters arrived at
    the naval base. The vessels were received from the United States`): the `from` of that sentence's main verb, or
    the agent of a giving verb (notices.json service_receipts `giving_words`: `They were donated by Japan`), where its
    subject is a pronoun or materiel."""
    end = event.sent.end
    if end >= len(article.doc):
        return None
    verb = article.doc[end].sent.root
    words = article.lex.notices["service_receipts"]
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not (subject.pos_ == "PRON" or article.classes.get(subject.i, set())
                               & set(words["materiel_classes"])):
        return None
    if not lemma_forms(verb) & (words["event_words"] | words["giving_words"]):
        return None
    agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return _journey_origin(article, verb) or next(
        (code for p in agents if lemma_forms(verb) & words["giving_words"] and (code := article.code_of(p))), None)


def _receiver_words(recipient: Token) -> str:
    """A receiving service or base the gazetteer cannot name, by its own words (`Nevatim Air Base`, `operational
    units`)."""
    return " ".join(t.text for t in recipient.subtree if t.i <= recipient.i and t.dep_ in MODIFIER_DEPS
                    or t == recipient)


def _service_state(article: _Article, service: Token) -> str | None:
    """The state an armed service belongs to: its code, the state named among the words of its name, which makes a
    state's organ of any name (`the Nepali Army Air Service`, `the Tanzanian People's Defence Force`), or its `of`
    (`the Coast Guard of the Maldives National Defence Force`)."""
    name = [service]
    for token in name:  # the parser chains a name's words under one another
        if len(name) < 8:
            name += [c for c in token.children if c.dep_ in MODIFIER_DEPS]
    return (article.code_of(service) or next((code for t in name[1:] if (code := article.cast.code_at(t))), None)
            or next((code for p in _prep_objects(service, "of") if (code := article.code_of(p))), None))


def _arrival(article: _Article, candidate: Candidate) -> tuple[Token, Token, Token] | None:
    """The vehicle that carries the aid, its verb of arrival and where it arrives (the `aid` frames' `subject_heads`):
    the object of the verb (`a convoy of trucks carrying supplies reached Goma`) or its preposition (`landed in
    Kathmandu`)."""
    trigger = candidate.trigger
    if candidate.type != "aid" or trigger.dep_ != "acl":
        return None
    vehicle = trigger.head
    while vehicle.dep_ == "pobj" and vehicle.head.lower_ == "of":  # "a convoy of 12 trucks"
        vehicle = vehicle.head.head
    arrivals = {head for frame in article.lex.frames if frame.type == "aid" for head in frame.subject_heads}
    verb = vehicle.head if vehicle.dep_ == "nsubj" else _arrival_read_as_description(vehicle, candidate.obj)
    if verb is None or not lemma_forms(verb) & arrivals:
        return None
    return vehicle, verb, next((c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in
                                {"in", "into", "at", "to"}), verb)


def _carrier_landed_with(candidate: Candidate) -> Token | None:
    """The vehicle that arrives with the aid (`a cargo flight landed in Luanda with cholera kits`): the arrival
    verb's subject, where the aid is its `with` object."""
    trigger, cargo = candidate.trigger, candidate.obj
    if candidate.type != "aid" or cargo is None or trigger.pos_ not in VERB_POS:
        return None
    for _ in range(4):  # up through what the cargo counts and its list: "with 22 tonnes of kits and salts"
        if cargo.dep_ == "pobj" and cargo.head.lower_ == "with":
            break
        if cargo.dep_ not in {"pobj", "prep", "appos", "conj"}:
            return None
        cargo = cargo.head
    if not (cargo.dep_ == "pobj" and cargo.head.lower_ == "with" and cargo.head.head.i == trigger.i):
        return None
    return next((c for c in trigger.children if c.dep_ == "nsubj"), None)


def _arrival_read_as_description(vehicle: Token, cargo: Token | None) -> Token | None:
    """The arrival verb the parser hangs, in a sentence that opens with the vehicle, on the vehicle or its cargo as a
    clause describing it (`ten trucks carrying flour crossed into Syria`, `a ship carrying rice docked in Aden`): a
    past form with no agent there is the sentence's own verb (the caller asks that it be an arrival)."""
    nouns = [vehicle] + ([cargo, *cargo.conjuncts] if cargo is not None else [])
    return next((c for noun in nouns for c in noun.children if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"}
                 and not any(a.dep_ == "agent" for a in c.children)), None)


def _purpose_recipient(article: _Article, verb: Token, info: TypeInfo) -> str | None:
    """The state a purpose infinitive of giving or helping (notices.json `purpose_verbs`) under the clause's verb names
    as the one served (`direct the drawdown of defense articles to provide assistance to Taiwan`, `ship the shells to
    help Ukraine`; not `to avoid damage to relations`): the recipient of what is sent."""
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"
                and lemma_forms(c) & article.lex.notices["purpose_verbs"]
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for purpose in purposes:
        served = [p for p in purpose.children if p.dep_ == "dobj"]
        served += [p for holder in (purpose, *served) for prep in holder.children
                   if prep.dep_ in {"prep", "dative"} and prep.lower_ in info.target_preps
                   for p in prep.children if p.dep_ == "pobj"]  # "to provide assistance to Taiwan"
        code = next((article.code_of(p) for p in served if article.code_of(p)), None)
        if code:
            return code
    return None


def _served_by_means(noun: Token) -> Token | None:
    """The word a noun is the means of (`through`, `with`, `via`), also as an example (`supporting Ukraine, including
    through continued security assistance`: `supporting`), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in HELPING_MEANS_PREPS:
        return None
    served = noun.head.head
    if served.dep_ == "prep" and served.lower_ == "including":   # (the parser hangs the example on the noun)
        served = served.head
    return served


def _supported_by_means(article: _Article, noun: Token) -> str | None:
    """The state an act of help (notices.json `purpose_verbs`) serves where the delivery noun is its means (`through`,
    `with`, `via`), also as the example of a commitment to it (`the U.S. commitment to supporting Ukraine, including
    through continued security assistance`, `will help Ukraine with security assistance`): the recipient."""
    helped = _served_by_means(noun)
    if helped is None:
        return None
    acts = [helped] if helped.pos_ in VERB_POS else [c for p in helped.children if p.dep_ == "prep" and p.lower_ == "to"
                                                      for c in p.children if c.dep_ == "pcomp"]
    return next((code for act in acts if lemma_forms(act) & article.lex.notices["purpose_verbs"]
                 for served in act.children if served.dep_ == "dobj" if (code := article.code_of(served))), None)


def _prep_objects(token: Token, *words: str) -> list[Token]:
    """The objects of the token's prepositions among `words` (`the visit of X to Y`: X for `of`, Y for `to`)."""
    prepositions = _prepositions(token)   # (most words have none)
    return [p for word, objects in prepositions if word in words for p in objects] if prepositions else []


def _prepositions(token: Token) -> tuple[tuple[str, tuple[Token, ...]], ...]:
    """(lower-cased form, objects) of each of the token's prepositions, in order, read once per token and kept with
    the doc: the guards and both ends ask for the same few words' prepositions again and again."""
    try:   # (the kept prepositions found in one expression)
        return token.doc.user_data[PREPOSITIONS][token.i]
    except KeyError:
        children = list(token.children)
        found = token.doc.user_data.setdefault(PREPOSITIONS, {})[token.i] = tuple(
            (prep.lower_, tuple(p for p in prep.children if p.dep_ == "pobj"))
            for prep in children if prep.dep_ == "prep") if "prep" in map(DEP_NAME, children) else ()
        return found


def _has_prep(token: Token, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in token.children)


def _names_uncoded_party(article: _Article, verb: Token | None, obj: Token | None) -> bool:
    """Whether the clause names its target as a party without a state code (`sanctioned a company that supplies
    weapons used in Ukraine`): another state in the sentence is then not the target."""
    if verb is None:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and (obj is None or c.i != obj.i) and c.pos_ in NOUN_POS
               and not article.code_of(c) and (article.cast.actor_at(c) is not None or c.pos_ == "PROPN")
               for c in verb.children)


def _other_state(article: _Article, trigger: Token, source: str, victim_not_target: bool) -> str | None:
    """The nearest other state named in the sentence: the one the forces face, the recipient; for a measure
    against an aggressor, not the state named as attacked (`sanctions to hold Putin to account for his war
    against Ukraine`); nor a state acting beside the measure's own or copying it (`_co_actors`)."""
    others = [(token, code) for token, code in article.states_in(article.sentence(trigger)) if code != source]
    if not others:
        return None   # (most sentences name no other state: who acts beside the actor is read only where one does)
    attacks = article.term_roots.get("attack", ()) if victim_not_target else ()
    co_actors = _co_actors(article, trigger, source)
    options = [(token.dep_ != "pobj", abs(token.i - trigger.i), code) for token, code in others
               if token.i not in co_actors and not (token.dep_ == "pobj" and token.head.head.i in attacks)]
    return min(options)[2] if options else None


def _co_actors(article: _Article, trigger: Token, source: str) -> set[int]:
    """The states that act beside the trigger's own actor rather than suffer its act: its clause's subject with
    its conjuncts where the subject is that actor (`New Zealand and Malaysia plan similar restrictions`; not `if
    Manila went ahead with the deployment of a U.S. missile system`), and the subjects of a coordinated clause
    that copies it (classes.json `imitations`: `France banned phones in schools, and Belgium and the Netherlands
    said they would follow`; not `Russia banned wine imports, and Georgia protested`), and the states a participle
    of one names as its object (`banned phones in classrooms, joining France and the Netherlands`, `will ban
    disposable vapes, following France`)."""
    verb = article.clause_verb(trigger)[0]
    if verb is None:
        return set()
    subject = article.subject(verb)
    subjects = [subject] if article.code_of(subject) == source else []
    for clause in verb.conjuncts:
        if clause.pos_ in VERB_POS and any("imitations" in article.classes.get(t.i, ()) for t in clause.subtree):
            subjects += [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for clause in verb.children:   # "will ban phones in classrooms, joining France and the Netherlands"
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and "imitations" in article.classes.get(clause.i, ()):
            subjects += [c for c in clause.children if c.dep_ in {"dobj", "pobj"} and article.code_of(c)]
    # each party with the words of its name (`New Zealand`)
    return {w.i for subject in subjects if subject is not None for t in (subject, *subject.conjuncts)
            for w in (t, *t.children) if w.i == t.i or w.dep_ == "compound"}


def _status(article: _Article, candidate: Candidate, info: TypeInfo, source: str | None,
            by_document: bool = False) -> str:
    """The nearest status cue on the way from the trigger up to the root of its sentence; an outer refusal,
    condition, question, prevention or threat overrides a plan or proposal below it. Modifiers of the
    trigger (`possible`, `any`) count only where no governing word says more, except that an event no one
    has singled out (`any`, `feared`) stays hypothetical under a plan. In an adopted act, or for a measure a notice
    states with no one acting in its sentence (`by_document`), an obligation (`must immediately freeze`) or an order to
    the parties it obliges (`requests all banks to suspend transactions`) is the measure in force."""
    if (info.plover in MEASURE_PLOVER and (_evaded(article, candidate.trigger)
                                           or _negated_act_of_measure(article, candidate.trigger))
            or candidate.type != "threat" and _told_as_ongoing(article, candidate.trigger)
            or _materiel_put_to_use(article, candidate)):
        return "actual"  # "companies would seek to evade sanctions": what is evaded stands, whatever the evader may do;
        # "Tehran's provision of drones that Russia has used against civilians": what was used was delivered;
        # "U.S. sanctions do not stand in the way of food supplies": what the measure does not do, the measure stands;
        # "will meet to discuss ongoing security assistance": what goes on, whatever is planned about it (not "to meet
        # current and future threats": a danger, no warning made)
    path = [candidate.trigger, *candidate.trigger.ancestors]
    on_path = {t.i for t in path}
    effort = _effort_of_means(article, candidate.trigger)   # what it works through is in use, if it goes on
    ongoing_effort = effort.i if effort is not None and _told_as_ongoing(
        article, effort, "ongoing_marks", "continuation_marks") else None
    status, fallback = None, None
    approved = False   # the path has passed the approval of a gift, which says it is given, whatever modifies it
    timed = False   # the path has left a past act in a clause of time, which no denial above it denies
    renewed = False   # the path has passed a verb that keeps the event in force beyond its term (`_renews_measure`)
    # "discussed ways to end the war in a telephone call": the talks a discussion is held in are held
    setting = (candidate.type == "talks" and candidate.trigger.dep_ == "pobj"
               and candidate.trigger.head.lower_ in SETTING_PREPS)
    for depth, token in enumerate(path):
        if depth > 0 and (_named_by_speaker(token, path[depth - 1], article.lex.cues)
                          or _done_by_party(article, token, path[depth - 1]) or token.i == ongoing_effort):
            break
        timed = timed or depth > 0 and _past_clause_of_time(path[depth - 1], article.lex.cues)
        found, own, modifiers = _cues_at(article, token, path[max(depth - 1, 0)], depth, on_path, info, source,
                                         by_document)
        # not a reception told in the passive: "where it was welcomed by the Chief of the Air Staff" is done
        received = candidate.reverse and any(c.dep_ == "auxpass" for c in token.children)
        gift = _approves_gift(article, token, info)
        if (depth == 0 and candidate.obj is not None and not received and not _makes_object_act(article, candidate)
                and not _offer_taken_up(article, token)):
            # "offered its troops", "pledged aid": the head's own word (not "approved a $300 million grant")
            forms = lemma_forms(token)
            found |= {s for s in ("proposed", "planned") if forms & article.lex.cues[s]["verbs"]
                      and not (s == "planned" and gift)}
        approved = approved or gift
        fallback = fallback or modifiers
        if timed and "denied" in found | own:
            break   # "can no longer buy software after Washington put them on its list": the clause denies what the
            # past act stops, told as its effect; the act is told as it happened
        if "denied" not in found and own and not ("threatened" in found and _asks_own_organ(article, token)):
            found = own  # the governing word itself speaks before conditions on it
        if status is None and depth > 0 and _carries_enacted_act(article, token, path[depth - 1]):
            status = "actual"  # "passed a law banning", "a decision lifting sanctions was published": in force
            continue
        cue = next((s for s in STATUS_PRIORITY if s in found), None) if found else None   # (most words have none)
        if cue is None and status is None and depth > 0 and _done_description(token) and not any(
                t.pos_ in VERB_POS for t in path[:depth]):
            break  # "welcomes the arrival of aircraft acquired through FMF": the participle says it was done
        if cue is None and status is None and depth > 0 and _renews_measure(article, path[:depth + 1]):
            status, renewed = "actual", True  # "supported the amendments, which extend the ban": the ban renewed is in
            continue  # force
        if cue is None or (setting and cue == "proposed"
                           and lemma_forms(token) & article.lex.cues["topics"]["verbs"]):
            continue
        if renewed and cue == "proposed" and lemma_forms(token) & (article.requests | article.deliberations):
            return cue  # "asked the Council to extend the peacekeeping mission", "met to discuss extending the truce":
            # the renewal is asked for or weighed, not done
        if status is None:
            status = cue
        elif (status in OVERRIDABLE or status == "actual") and cue in OVERRIDING:
            return cue
    if status == "planned" and fallback == "hypothetical":
        return fallback  # "will respond to any deployment": no deployment is planned, whatever governs it
    if status in OVERRIDABLE and info.plover in MEASURE_PLOVER and any(
            c.dep_ == "acl" and _done_description(c) and lemma_forms(c) & article.lex.notices["issuing_verbs"]
            for c in candidate.trigger.children):
        return "actual"  # "the suspension of aid, announced on Monday, will withhold": what it will do is its effect
    return status or (None if approved else fallback) or "actual"


def _concluded(article: _Article, trigger: Token) -> bool:
    """Whether a noun is described as concluded by a participle of its own (classes.json `concluding_participles`:
    `an agreement signed on Tuesday`, `the pact reached at the summit`)."""
    concluding = article.lex.roles["concluding_participles"]
    return trigger.pos_ in NOUN_POS and any(_done_description(c) and lemma_forms(c) & concluding
                                            for c in trigger.children)


def _asks_own_organ(article: _Article, verb: Token) -> bool:
    """Whether a request verb asks a body of the requester's own state (classes.json `state_organs`: `would ask
    parliament to declare war on Rwanda if Kigali continued`): the requester's own step, which a condition on it makes
    a threat, no proposal to another party."""
    if verb.pos_ not in VERB_POS or not lemma_forms(verb) & article.requests:
        return False
    asked = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    if asked is None or asked.lemma_.lower() not in article.lex.roles["state_organs"]:
        return False
    return article.code_of(asked) in (None, article.code_of(article.subject(verb)))


def _approves_gift(article: _Article, token: Token, info: TypeInfo) -> bool:
    """Whether a word is a verb approving aid (status_cues `gift_approvals`: `the IMF approved a $1.5 billion loan`,
    `approved the possible sale of F-16 jets`, `the Senate approved $8 billion in security assistance`, and the
    notice to a legislature that makes an approved sale known: `notified Congress of a possible Foreign Military
    Sale`): the lender's or the supplier's decision is the grant itself, as event coders code it (CAMEO 07x), no plan,
    whatever the grant's own modifier says (an auxiliary or a plan above the approval still plans it: `will approve`)."""
    return (info.plover == "AID" and token.pos_ in VERB_POS
            and bool(lemma_forms(token) & article.lex.cues["gift_approvals"]))


def _evaded(article: _Article, measure: Token) -> bool:
    """Whether a measure is what a verb of evasion (classes.json `evading_verbs`) works around: its object or passive
    subject (`the risk that Russian firms would seek to evade sanctions`, `export controls were circumvented`)."""
    measure = _first_conjunct(measure)
    return measure.dep_ in {"dobj", "nsubjpass"} and bool(lemma_forms(measure.head)
                                                           & article.lex.roles["evading_verbs"])


def _negated_act_of_measure(article: _Article, measure: Token) -> bool:
    """Whether a measure is the subject of a negated active verb with no modal (`U.S. sanctions do not stand in the way
    of food supplies`, `export controls have not stopped the flow of chips`): the negation is of what the measure does,
    so the measure stands; not where the verb says the measure happens or takes effect (status_cues.json
    `denied.occurrence_verbs`, `planned.in_force`: `the ban did not take effect` denies it), nor a copula (`sanctions
    are not in place`)."""
    measure = _first_conjunct(measure)
    verb = measure.head
    if measure.dep_ != "nsubj" or verb.pos_ != "VERB" or measure.pos_ not in NOUN_POS:
        return False
    cues = article.lex.cues
    children = list(verb.children)
    return (any(c.dep_ == "neg" for c in children) and not any(c.tag_ == "MD" for c in children)
            and not lemma_forms(verb) & (cues["denied"]["occurrence_verbs"] | _in_force_verbs()))


@lru_cache(maxsize=1)
def _in_force_verbs() -> frozenset[str]:
    """The first words of status_cues `planned.in_force` phrases (`take`, `come`, `enter`): the verbs that say a
    measure takes effect."""
    return frozenset(phrase.split()[0] for phrase in lexicon().cues["planned"]["in_force"])


def _makes_object_act(article: _Article, candidate: Candidate) -> bool:
    """Whether the trigger makes its object do the measure (`asked the ambassador to leave`, `told two embassy
    employees to leave`): a state that asks a diplomat to go expels him, so the asking is no proposal."""
    acts = article.lex.controlled_acts.get(candidate.type, frozenset())
    return bool(acts) and any(c.dep_ == "xcomp" and lemma_forms(c) & acts for c in candidate.trigger.children)


def _renews_measure(article: _Article, path: list[Token]) -> bool:
    """Whether the last word of a path up from a measure is a verb that keeps it in force beyond its term (status_cues
    `planned.renewals`: `extend until 2028 the ban`, `the embargo was prolonged`) and the measure is what it renews:
    its object or passive subject, or the object the parser hangs on one of its prepositions (`extend until 30 June
    2028 the ban`, read as the object of `until`). A measure renewed is one in force, whatever plan governs the
    renewal."""
    verb = path[-1]
    return (verb.pos_ in VERB_POS and bool(lemma_forms(verb) & article.lex.cues["planned"]["renewals"])
            and path[0].pos_ in NOUN_POS and path[-2].dep_ in {"dobj", "nsubjpass", "prep"}
            and all(t.dep_ in {"pobj", "prep", "dobj", "nsubjpass"} for t in path[:-1]))


def _done_description(token: Token) -> bool:
    """A past participle that describes a noun with no auxiliary (`aircraft acquired through FMF`): for a word in its
    own arguments (not in a clause under it: `decisions taken to advance`), a done act, whatever the words above the
    noun say of it."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in token.children)


def _offer_taken_up(article: _Article, token: Token) -> bool:
    """A participle of offering that describes what a past receipt took (`received vehicles and equipment offered by
    the Portuguese Republic`): the offer was taken up, so the word is no proposal."""
    if not _done_description(token):
        return False
    noun = _first_conjunct(token.head)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return (noun.dep_ in {"dobj", "nsubjpass", "pobj"} and verb.tag_ == "VBD"
            and bool(lemma_forms(verb) & article.lex.notices["service_receipts"]["event_words"]))


def _materiel_put_to_use(article: _Article, candidate: Candidate) -> bool:
    """Whether the materiel a delivery names is told as already used by a relative clause of one of the status_cues
    `use_verbs` in the past (`Tehran's provision of drones that Russia has used against civilians`): it was
    delivered, whatever the words over the delivery propose."""
    obj = candidate.obj
    if candidate.type != "arms_delivery" or obj is None:
        return False
    obj = _first_conjunct(obj)
    clauses = [(c, None) for c in obj.children if c.dep_ == "relcl"]
    # (the parser hangs a clause set after the receiver on it: "drones to Russia, which Russia has used": a receiver
    # that uses itself is none, the clause is the materiel's)
    clauses += [(c, receiver) for receiver in _prep_objects(obj, "to") + _prep_objects(candidate.trigger, "to")
                for c in receiver.children if c.dep_ == "relcl"]
    for clause, receiver in clauses:
        user = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if (user is not None and clause.tag_ in {"VBD", "VBN"} and lemma_forms(clause) & article.lex.cues["use_verbs"]
                and (receiver is None or article.code_of(user) and article.code_of(user) == article.code_of(receiver))):
            return True
    return False


def _told_as_ongoing(article: _Article, event: Token, *marks: str) -> bool:
    """Whether an event noun is told as going on or done by a modifier of the status_cues `marks` (by default
    `ongoing_marks`: `ongoing security assistance`, `the recent delivery of tanks`), so that the words over it speak
    of it and propose or plan nothing; `continuation_marks` (`continued security assistance`) tell it as going on,
    which a plan may still extend (`will provide continued assistance`) but no proposal makes."""
    cues, kinds = article.lex.cues, marks or ("ongoing_marks",)
    return event.pos_ in NOUN_POS and any(c.dep_ == "amod" and any(c.lower_ in cues[kind] for kind in kinds)
                                          for c in event.children)


def _acts_beside(path_child: Token, depth: int) -> bool:
    """Whether the event is the verb's own subject or a participle clause set beside it (`Meeting behind closed doors,
    the negotiators discussed a timetable`, `the talks discussed prisoners`): a proposal verb proposes its object,
    not the act of those who discuss (a plan is left to the plan: `leaders meeting in Abuja decided`)."""
    return path_child.dep_ == "nsubj" and depth == 1 or (
        path_child.dep_ == "advcl" and path_child.tag_ == "VBG"
        and not any(c.dep_ in {"mark", "aux"} for c in path_child.children))


def _hung_under_condition(clause: Token, path_child: Token, cues: dict) -> bool:
    """Whether the path comes into a condition clause from words wholly before the mark that opens it (status_cues
    `conditions.marks`: `Retaliation has been promised by Tehran should the board adopt a resolution`, parsed with
    `adopt` as the root): a clause the parser hung under the condition, not a part of it."""
    marks = cues["conditions"]["marks"]
    opening = min((c.i for c in clause.children if c.dep_ in {"mark", "aux"} and c.lower_ in marks), default=None)
    return opening is not None and path_child.right_edge.i < opening


def _describes_any_comer(clause: Token, noun: Token, cues: dict) -> bool:
    """Whether a clause describes a noun marked `any` (status_cues `threatened.any_comer_marks`) as a relative clause or
    a participle (`any convoy that carries missiles`, `any vessel carrying arms`): it says who may do it, no one is
    reported doing it."""
    relative = clause.dep_ == "acl" or clause.dep_ == "relcl" and any(
        c.tag_ in RELATIVE_TAGS for c in clause.children)   # (not a main verb the parser hung on its subject)
    return relative and _marked_any(noun, cues["threatened"]["any_comer_marks"])


def _result_of_past_act(path_child: Token, verb: Token) -> bool:
    """Whether the event is a participle clause of a verb told in the past, active (`gunmen set upon a patrol, killing
    five officers`, `set fire to a customs post, wounding two`; not `is set to begin`): what followed the act, done,
    whatever else the verb's word can mean (`set` a date)."""
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in verb.children)
    return (past and path_child.dep_ == "advcl" and path_child.tag_ == "VBG"
            and not any(c.dep_ in {"mark", "aux"} for c in path_child.children))


def _cues_at(article: _Article, token: Token, path_child: Token, depth: int, on_path: set[int], info: TypeInfo,
             source: str | None, by_document: bool = False) -> tuple[set[str], set[str], str | None]:
    """Status cues of one token on the path: its own word (above the trigger) and its children."""
    cues = article.lex.cues
    found: set[str] = set()
    modifier = None
    forms = lemma_forms(token)
    children = list(token.children)   # one walk: most checks below read them
    pos = token.pos_   # (read once: several checks below ask it)
    kind = "nouns" if pos in NOUN_POS else "verbs"
    # most words on a path name no cue: how the path passes them is read only for one that does
    if depth > 0 and forms & _path_cue_words(kind) and _word_speaks_on_path(article, token, path_child, children,
                                                                            forms, by_document) and not (
            depth == 1 and _warning_reports(article, token, path_child, children)) and not (
            path_child.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.i < token.i for c in children)):
        # (not "cut ties with Qatar, accusing Doha of backing terrorism, a charge Qatar denied": a verb whose own object
        # stands before it, as in a relative clause, speaks of that object, not of the clause the parser hangs on it)
        if forms & _status_words(kind):
            # "a drone attack set fire to the refinery": the active subject of a verb of planning does it, it is no
            # plan the verb names (not "the attack is set for Monday", "talks were planned")
            doer = (path_child.dep_ == "nsubj" and pos in VERB_POS and token.lemma_ != "be"
                    and not any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in children))
            found.update(status for status in STATUS_PRIORITY if forms & cues[status].get(kind, frozenset())
                         and not ((doer or _approves_gift(article, token, info)) and status == "planned"))
            if "threatened" in found and _owners_threat(article, token, path_child):
                found.discard("hypothetical")  # "Turkey's threat to launch an offensive": a party's, not a fear
            if _acts_beside(path_child, depth):
                found.discard("proposed")  # "meeting in Oslo, the negotiators discussed a timetable": the meeting
                # is held
            if depth == 1 and _told_as_ongoing(article, path_child, "continuation_marks"):
                found.discard("proposed")  # "discussed continued security assistance to Ukraine": it goes on
            if _result_of_past_act(path_child, token):
                found.discard("planned")  # "set upon a patrol, killing five officers": the killing followed
        if path_child.dep_ == "xcomp" and forms & cues["planned"]["arranging_copulas"] and _arranged(
                article, token, path_child):
            found.add("planned")  # "Britain is to supply missiles": an arrangement announced, not a delivery made
        if (path_child.dep_ in {"xcomp", "ccomp"} and path_child.i > token.i
                and forms & cues["hypothetical"]["enablers"]):
            found.add("hypothetical")  # "would allow Switzerland to adopt sanctions": a power given, not an act (what
            # the parser hangs on a later enabler is no complement of it: "trucks entered Gaza, the first convoy
            # allowed in")
        if forms & cues["denied"]["failures"] and (info.plover not in COERCIVE_PLOVER or info.plover in MEASURE_PLOVER
                                                   and _failed_enactment(article, path_child)):
            found.add("denied")  # "failed to reach agreement"; a failed attack is still an attack
        if "threatened" in found and _other_agent(article, token, source):
            found.discard("threatened")
            found.add("hypothetical")
    dangers = cues["hypothetical"]
    if (depth == 1 and path_child.dep_ == "dobj" and info.plover == "THREATEN" and forms & dangers["facing_verbs"]
            and path_child.lemma_.lower() in dangers["nouns"]):
        found.add("hypothetical")  # "are facing a growing threat from armed groups": a danger met, no threat made (not
        # "would face severe punishment", "faces an ultimatum": a penalty or a demand made)
    if depth == 0 and token.lower_ in cues["denied"]["negations"]:
        found.add("denied")
    if depth == 0 and _demanded_before_penalty(article, token, children):
        found.add("hypothetical")  # "release the officers or face an assault": what is demanded has not happened
    if depth == 0 and forms & article.threat_verbs and _conditional_complement(article, token):
        found.add("threatened")  # "warned it would respond with force if": the warning is the threat
    condition = token.i in article.condition_tokens or _is_condition(article, token, questions=True)
    if condition and depth > 0 and _hung_under_condition(token, path_child, cues):
        return {"threatened"}, set(), None   # "Retaliation has been promised by Tehran should the board adopt a
        # resolution": the parser hung the promise under its condition, which is put on it
    if condition or depth > 0 and _describes_any_comer(path_child, token, cues):
        found.add("hypothetical")  # (a clause describing `any` one: "would destroy any convoy that carries missiles
        # to Hezbollah": whoever may do it, no one is reported doing it)
    if depth > 0 and token.i in article.threat_tokens:  # "withdraw or face air strikes"
        found.add("threatened")
    if token.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "mark" and c.lower_ in cues["planned"]["pending_marks"]
                                            for c in children):
        found.add("planned")  # "gave Tigrayan forces 72 hours to surrender before the army begins its assault": yet to
        # come
    if depth > 0 and path_child.dep_ == "prep" and token.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in cues["planned"]["awaited"] for c in children):
        found.add("planned")  # "is due in Athens on Monday for talks": what the copula's phrases name is to come
    own = set(found) if depth > 0 else set()
    # "would not tolerate it and would respond", "would no longer import electricity and declared": a conjunct with
    # its own auxiliary or tense is a clause of its own, which the first verb's negation or auxiliary does not reach
    own_clause = depth > 0 and path_child.dep_ == "conj" and (any(c.dep_ == "aux" for c in path_child.children)
                                                or path_child.tag_ in FINITE_TAGS and token.tag_ not in FINITE_TAGS)
    for child in children:
        dep = child.dep_
        if child.i in on_path or dep not in CUE_CHILD_DEPS and child.i not in article.refusal_tokens:
            continue   # (a child in no relation read below, and no refusal, says nothing of the status)
        text = child.lower_
        if dep == "neg" and text in cues["denied"]["negations"] and not _closes_alternative(child):
            if child.i in article.threat_tokens or depth == 0 and _says_idle(token, cues):
                found.add("threatened")  # "would not hesitate to use force", "will not 'stand idly by'"
            elif not own_clause:
                found.add("denied")
        elif dep == "det" and text in cues["denied"]["modifiers"] and pos in NOUN_POS:
            found.add("denied")
        elif dep == "aux" and not own_clause and not ((article.enacted or by_document)
                                                      and text in article.lex.notices["act_obligations"]):
            found.update(status for status in ("proposed", "planned") if text in cues[status].get("auxiliaries", []))
            if text in cues["speculative"]["auxiliaries"]:
                found.add("proposed" if info.chosen else
                          "threatened" if _says_itself(article, token, source) else "hypothetical")
        elif dep in {"advcl", "ccomp"} and (_is_condition(article, child) or _conditional_purpose(article, child)):
            found.add("threatened")  # (the small model hangs some conditions as a ccomp beside the clause)
        elif dep == "prep" and child.i in article.condition_tokens:
            found.add("threatened")
        elif dep == "conj" and not by_document and _has_modal(children) and _promise_on_condition(article, child):
            found.add("threatened")  # "Hamas would pay a heavy price and Gaza could be razed if": one condition for
            # both promises (not a notice's rule: "will be banned from UK ports and may be detained if they enter")
        elif child.i in article.refusal_tokens and not own_clause:
            found.add("denied")
        elif dep == "nsubj" and not own_clause and any(g.lower_ in cues["denied"]["subject_marks"]
                                                       for g in child.children if g.dep_ in {"det", "preconj"}):
            found.add("denied")  # "neither Venezuela nor Guyana would threaten": no one named does it
        elif dep == "nsubj" and pos in VERB_POS and _names_draft(child, cues["proposed"]["drafts"]):
            found.add("proposed")  # "the bill would impose sanctions": what a draft would do is proposed
        elif depth == 0 and dep in {"amod", "det"}:
            if text in cues["hypothetical"]["modifiers"]:
                modifier = "hypothetical"
            elif text in cues["speculative"]["modifiers"]:
                modifier = "proposed" if info.chosen else "hypothetical"
    if depth > 0 and forms & cues["threatened"]["kept_open"] and any(c.dep_ == "neg" for c in children):
        found -= {"denied"}   # "would not rule out a military option": the act kept open is threatened, no refusal
        own -= {"denied"}
        found.add("threatened" if info.plover in COERCIVE_PLOVER else "proposed")
    if token.i in article.displaced_conditions:
        found.add("threatened")  # "would send troops 'without warning' if": hung on a word of its phrase
    if condition:  # "if the shelling did not stop", "if the army rejected a ceasefire": a condition's negation or
        found.discard("denied")   # refusal denies nothing that happened, its own word no more than a child
        own.discard("denied")
    return found, own, modifier


def _past_clause_of_time(clause: Token, cues: dict) -> bool:
    """Whether a clause is a past act in a clause of time (status_cues `time_marks`: `after the Commerce Department
    put them on its Entity List`): told as it happened, whatever status words the clause it times carries, and
    whatever it denies (`three chipmakers can no longer buy software after`: what the measure stops is denied, not
    the measure)."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBD" and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in cues["time_marks"] for c in clause.children)


def _word_speaks_on_path(article: _Article, token: Token, path_child: Token, children: list[Token],
                         forms: frozenset[str], by_document: bool) -> bool:
    """Whether a word above the trigger gives its own cue to the act the path climbs from: not where the path comes
    in as the word's setting, its modifier, a conjoined verb, an adjunct of time, or a notice's order."""
    setting = path_child.dep_ == "prep" and path_child.lower_ in SETTING_PREPS  # "discussed the war in a call"
    described = token.pos_ in NOUN_POS and path_child.dep_ in MODIFIER_DEPS  # not "assistance efforts"
    # "set fire to a school and shot two teachers": a verb's word says nothing of the act conjoined with it
    conjoined = path_child.dep_ == "conj" and token.pos_ in VERB_POS
    # "funds must be frozen, transactions must be rejected": a clause before a passive verb is no complement of it
    # (a passive reports no speech), but the first of a list of clauses the parser hung on the next
    conjoined = conjoined or (path_child.dep_ == "ccomp" and path_child.i < token.i
                              and any(c.dep_ == "auxpass" for c in children))
    # nor of what was done before it: "set fire to houses after overrunning the station"
    adjunct = path_child.dep_ == "prep" and path_child.lower_ == "after" and token.pos_ in VERB_POS
    # "had barely finished debating the issue when Canada announced a ban": a past act in a clause of time is told
    # as it happened, whatever the clause it times says
    adjunct = adjunct or _past_clause_of_time(path_child, article.lex.cues)
    # a notice's own order to the parties it obliges (`requests all banks to suspend`) is the measure in force
    ordered = by_document and bool(forms & article.lex.notices["ordering_verbs"]) and bool(
        article.regulated and {c.i for c in (*children, *path_child.children)} & article.regulated_words())
    return not (setting or described or conjoined or adjunct or ordered)


def _warning_reports(article: _Article, token: Token, path_child: Token, children: list[Token]) -> bool:
    """Whether a warning verb (status_cues `threatened.reporting_warnings`) reports the act its clause's verb names
    (the path's first step): one told as going on or done, with no modal, infinitive or condition, by a party named
    other than the warner (`diplomats warned that Ethiopia is massing troops`, `Ethiopia massing troops near Eritrean
    border, diplomats warn`), not one the warner promises (`Ethiopia warned it would mass troops`) nor what a clause
    says an act would lead to (`warned that independence means war`)."""
    if (path_child.dep_ not in {"ccomp", "advcl"} or path_child.tag_ not in {"VBG", "VBD", "VBN", "VBZ", "VBP"}
            or not lemma_forms(token) & article.lex.cues["threatened"]["reporting_warnings"]):
        return False
    clause = list(path_child.children)
    if any(c.tag_ == "MD" or c.lower_ in {"to", "if", "unless", "should"} for c in clause if c.dep_ in {"aux", "mark"}):
        return False
    # (a headline's subject the parser may read as an adverbial noun: "Azerbaijan massing troops ..., diplomats warn")
    actor = next((c for c in clause if c.dep_ in {"nsubj", "nsubjpass"}
                  or c.dep_ == "npadvmod" and c.i < path_child.i), None)
    warner = next((c for c in children if c.dep_ == "nsubj"), None)
    if actor is None or warner is None or actor.pos_ == "PRON":
        return False
    actor_code = article.code_of(actor)
    return bool(actor_code or actor.ent_type_) and actor_code != article.code_of(warner)


def _failed_enactment(article: _Article, complement: Token) -> bool:
    """Whether a failure's complement is the passing or taking of a measure (notices.json `enacting_verbs`,
    `issuing_verbs`: `the parliament failed to pass a bill banning gas imports`, `the Senate failed to approve
    sanctions`): no measure is taken; a measure that fails to work (`the sanctions failed to stop exports`) stays."""
    notices = article.lex.notices
    return complement.dep_ == "xcomp" and bool(lemma_forms(complement) & (notices["enacting_verbs"]
                                                                          | notices["issuing_verbs"]))


@lru_cache(maxsize=None)
def _path_cue_words(kind: str) -> frozenset[str]:
    """The words by which a word above the trigger may give a cue of this part of speech (`nouns`, `verbs`): a status
    word, an arranging copula, an enabler or a failure (`_cues_at`)."""
    cues = lexicon().cues
    return _status_words(kind) | cues["planned"]["arranging_copulas"] | cues["hypothetical"]["enablers"] | cues[
        "denied"]["failures"]


def _demanded_before_penalty(article: _Article, token: Token, children: list[Token]) -> bool:
    """Whether a trigger is the act an ultimatum demands: a threat phrase's `or` (status_cues `threatened.phrases`)
    follows it or the act it makes its object do, hung on it or, by the parser, on its object (`to hand over their
    weapons or face attack`, `told the brigade to withdraw its troops or be crushed`; not a threat verb's act: `warned
    the vessels to leave or face measures` is the threat), or its `or` conjunct is the passive penalty of the demand
    (`gave the forces 48 hours to pull out or be driven out by force`)."""
    if article.threat_tokens:   # (most texts have no threat phrase: nothing to walk)
        threatening = bool(lemma_forms(token) & article.threat_verbs)
        acts = [token, *(c for c in children if c.dep_ == "xcomp" and not threatening)]
        if any(c.dep_ in {"cc", "conj"} and c.i in article.threat_tokens
               for act in acts for t in (act, *(o for o in act.children if o.dep_ == "dobj")) for c in t.children):
            return True
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in children) and any(
        c.dep_ == "conj" and _ultimatum_demand(c) is not None for c in children)


def _arranged(article: _Article, copula: Token, infinitive: Token) -> bool:
    """Whether a copula over a `to` infinitive states an arrangement (`Britain is to supply missiles`, `the tanks are
    to be delivered`): its subject a party, or what the passive infinitive acts on; not a definition (`the aim is to
    deliver aid`), whose subject is an abstract noun, nor a copula with a predicate of its own (`it was hard to see
    the buildup`, `was the first to send`)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children) or any(
            c.dep_ in {"acomp", "attr"} for c in copula.children):
        return False
    subject = article.subject(copula)
    return subject is not None and (bool(article.code_of(subject)) or _has_dep(infinitive, "auxpass"))


def _closes_alternative(negation: Token) -> bool:
    """Whether a negation closes an alternative (`whether Armenia wants it or not`), which the parser may hang on the
    next verb (`..., Aliyev warned`): it negates nothing."""
    return negation.i > 0 and negation.doc[negation.i - 1].lower_ == "or"


def _says_idle(verb: Token, cues: dict) -> bool:
    """Whether a verb says a party stays passive (`stand idly by`, `remain indifferent`): negated, it announces that
    the party will act, a threat, whatever punctuation the text puts inside the idiom (`will not 'stand idly by'`)."""
    return any(c.dep_ in {"advmod", "acomp"} and c.lower_ in cues["threatened"]["idleness"] for c in verb.children)


def _named_by_speaker(token: Token, path_child: Token, cues: dict) -> bool:
    """Whether the path reaches the name a speaker gives the statement (`in what Serbia called an ultimatum`, `what
    Kyiv described as blackmail`): the name stands for the whole statement, so a condition the parser hangs it under
    says nothing of it."""
    return (path_child.dep_ in {"oprd", "attr", "prep", "dobj"} and bool(lemma_forms(token) & cues["namings"])
            and any(c.lower_ == "what" for c in token.children))


def _done_by_party(article: _Article, token: Token, path_child: Token) -> bool:
    """Whether the path reaches, through an example its doer owns, what a party does: a danger it poses (status_cues
    `hypothetical.posing_verbs`: `the threats posed by Iran, including its transfer of drones to Russia`) or its own
    conduct (`conduct_nouns`: `Iran's destabilizing activities, including its transfer of drones to Russia`). The
    example is told as done, neither feared nor a mere topic of talks, whatever governs the danger or the conduct."""
    cues = article.lex.cues
    # (the parser may coordinate the examples with the noun that gives them)
    examples = ([path_child] if path_child.dep_ in {"appos", "conj"}
                else [p for p in path_child.children if p.dep_ == "pobj"])
    if not (path_child.dep_ in {"prep", "appos", "conj"} and path_child.lower_ not in {"of", "by"}
            and any(c.dep_ == "poss" for e in examples for c in e.children)):
        return False   # (an example its doer owns: `an invasion of Ukraine` among the threats may be only feared)
    forms = lemma_forms(token)
    if forms & cues["conduct_nouns"]:
        return any(c.dep_ == "poss" and article.code_of(c) for c in token.children)
    return bool(forms & cues["hypothetical"]["nouns"]) and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and lemma_forms(c) & cues["hypothetical"]["posing_verbs"]
        and any(article.code_of(p) for a in c.children if a.dep_ == "agent" for p in a.children)
        for c in token.children)


def _effort_of_means(article: _Article, noun: Token) -> Token | None:
    """The effort (status_cues `proposed.nouns`) a noun, or the list it opens, is the means of (`through`, `via`,
    `with`), on the effort or on the effort's infinitive, also as an example of it (`the continued efforts of the
    United States to constrain Russia's ability to finance its war, including through sanctions`). Told as going on
    (`ongoing_marks`, `continuation_marks`), the effort has its means in use, whatever it has yet to reach or whatever
    governs it (`continued efforts to impose new sanctions` names the sanctions as its aim: proposed)."""
    over = _served_by_means(_first_conjunct(noun))
    if over is None:
        return None
    effort = over.head if over.dep_ == "acl" and over.pos_ in VERB_POS else over
    return effort if effort.pos_ in NOUN_POS and lemma_forms(effort) & article.lex.cues["proposed"]["nouns"] else None


def _effort_owner(article: _Article, noun: Token) -> str | None:
    """The party whose effort works through the noun (`_effort_of_means`: `the efforts of the United States to
    constrain Russia, including through sanctions`, `Canada's effort to support Ukraine through deliveries of
    howitzers`): the effort's owner or `of` acts."""
    effort = _effort_of_means(article, noun)
    if effort is None:
        return None
    owners = [c for c in effort.children if c.dep_ == "poss"] + _prep_objects(effort, "of")
    return next((code for owner in owners if (code := article.code_of(owner))), None)


@lru_cache(maxsize=1)
def _measure_nouns() -> frozenset[str]:
    """The notices.json `measure_nouns` of every kind."""
    return frozenset().union(*lexicon().notices["measure_nouns"].values())


@lru_cache(maxsize=None)
def _status_words(kind: str) -> frozenset[str]:
    """The words of any status of this part of speech (`nouns`, `verbs`)."""
    cues = lexicon().cues
    return frozenset().union(*(cues[status].get(kind, frozenset()) for status in STATUS_PRIORITY))


def _conditional_complement(article: _Article, verb: Token) -> bool:
    """Whether what a threat verb announces is tied to a condition (`vowed to take measures if the speaker
    visited Taiwan`, `warned that it would close the strait unless`): a conditional promise is a threat."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    if len(clauses) > 1 and any(_is_condition(article, c) for c in clauses):
        return True  # "vowed that his men would attack should the government cut their pay": hung beside it
    for clause in clauses:
        clauses += [c for c in clause.children if c.dep_ in {"ccomp", "xcomp", "conj"}]
        if any(c.dep_ in {"advcl", "ccomp"} and _is_condition(article, c) or c.i in article.condition_tokens
               for c in clause.children):  # the small model often hangs `if` clauses as ccomp
            return True
    return False


def _waiver(clause: Token, conditions: dict) -> bool:
    """Whether a condition clause is a rule's waiver: a bare participle of a permitting verb with no subject of its
    own (`shall be denied entry unless cleared in advance`, `unless otherwise authorised`; status_cues `conditions`
    `exemption_verbs`): the rule is in force, the clause names an exception, not what a threat waits on."""
    return (clause.tag_ == "VBN" and bool(lemma_forms(clause) & conditions["exemption_verbs"])
            and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "aux"} for c in clause.children))


def _is_condition(article: _Article, clause: Token, questions: bool = False) -> bool:
    """`if`/`unless` clauses, inverted ones (`should Russia invade`) and, asked for, `whether` questions."""
    conditions, asked = article.condition_clauses
    return clause.i in conditions or questions and clause.i in asked


def _names_draft(subject: Token, drafts: frozenset[str]) -> bool:
    """Whether a clause's subject is a text not yet adopted (`the bill`, `the draft resolution`, `this package of
    proposals`): by its head, a modifier, or its `of`, as a common word (not `President Bill Clinton`)."""
    words = [subject, *(c for c in subject.children if c.dep_ in MODIFIER_DEPS), *_prep_objects(subject, "of")]
    return any((w.lower_ in drafts or w.lemma_.lower() in drafts) and w.pos_ != "PROPN" for w in words)


def _asks_yes_or_no(sentence: Span, question_marks: frozenset[str]) -> int | None:
    """The clause a direct question asks whether it holds (`Will you also be sending tanks?`, `QUESTION: Did the allies
    agree to the embargo?`): the sentence ends in a question mark and its first auxiliary, or a copula that is its
    clause's verb, comes before that clause's subject, with no question word before it. Such a clause reports
    nothing; a question word's question (`How long will the tanks take to arrive?`) takes its event as given."""
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    if last is None or last.text not in question_marks:
        return None
    verb = next((t for t in sentence if t.dep_ in ("aux", "auxpass") or t.pos_ == "AUX" and t.dep_ != "aux"), None)
    if verb is None or any(t.tag_ in QUESTION_WORD_TAGS for t in sentence.doc[sentence.start:verb.i]):
        return None
    clause = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return clause.i if subjects and verb.i < min(subjects) else None


def _subject_before(clause: Token, mark: Token) -> bool:
    """Whether the clause's subject comes before its mark (a question's `whether` opens the clause, before it)."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"} and c.i < mark.i for c in clause.children)


def _conditional_purpose(article: _Article, clause: Token) -> bool:
    """Whether a purpose infinitive carries the condition of the whole plan (`will send troops to retake the village
    if Guinean soldiers do not withdraw`): the parser hangs the condition on the nearest verb."""
    return clause.dep_ == "advcl" and _is_infinitive(clause) and any(
        c.dep_ == "advcl" and _is_condition(article, c) for c in clause.children)


def _says_itself(article: _Article, verb: Token, source: str | None) -> bool:
    """Whether the actor itself says what it could do (`Ankara said its army could strike`): its own
    capability, stated, is a threat; the same words from anyone else are speculation."""
    return bool(source and _reporting_speaker(article, verb)[0] == source)


def _owners_threat(article: _Article, noun: Token, path_child: Token) -> bool:
    """Whether a threat noun is a party's own with its act as an infinitive (`Turkey's threat to launch a ground
    offensive`, `Iran's threat to close the strait`): the owner promises the act, a threat; with no party owning
    it (`the threat of a wider war`, `the company's threat to close the plant`) it is a danger feared."""
    return noun.pos_ in NOUN_POS and path_child.dep_ == "acl" and any(
        c.dep_ == "poss" and article.code_of(c) for c in noun.children)


def _other_agent(article: _Article, verb: Token, source: str | None) -> bool:
    """A warning by someone else about the signal's actor is fear of it, not a threat by the actor."""
    subject = article.subject(verb)
    subject_code = article.code_of(subject)
    return bool(source and subject_code and subject_code != source)
