"""Who is who in an article: states, organisations and persons, normalised, with every mention resolved.

The statistical NER of the small model is corrected with gazetteers (the entity ruler in `pipeline.nlp`
tags known states, capitals, demonyms, metonyms and organisations with their code) and with what the
article itself says: a person named in full makes later surnames, title phrases and pronouns refer to them.
"""
from __future__ import annotations

import bisect
from collections import Counter
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import gender_guesser.detector
import pycountry
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from schemas.analysis import Actor

DATA = Path(__file__).parent / "data"
POSSESSIVE = {"'s", "’s", "'", "’"}
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"}
PERSON_LOOKBACK_SENTENCES = 3
BODY_MODIFIERS = 6          # 'Saudi Arabia's foreign ministry': how far left a state body's modifiers may run
NAME_TOKENS = re.compile(r"[^\s-]+|-")   # a name split as the English tokenizer splits it ('al-Assad': al, -, Assad)


@dataclass(frozen=True)
class Entry:
    """A known state or organisation."""
    code: str
    name: str
    type: str
    affiliation: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Entry]             # code -> entry
    aliases: dict[str, tuple[str, str]]   # surface form -> (code, NER label)
    institutions: frozenset[str]          # metonyms that speak as themselves: 'White House', 'Kremlin'


@lru_cache(maxsize=None)
def gazetteer() -> Gazetteer:
    """States from pycountry plus countries_extra.json (short names, demonyms, capitals, metonyms); organisations.json."""
    entries: dict[str, Entry] = {}
    aliases: dict[str, tuple[str, str]] = {}

    def alias(surface: str | None, code: str, label: str) -> None:
        """A surface form, also with the typographic apostrophe that publishers print (`People’s Republic`)."""
        surface = (surface or "").removeprefix("the ").strip()
        if surface and "," not in surface:
            aliases.setdefault(surface, (code, label))
            aliases.setdefault(surface.replace("'", "\u2019"), (code, label))

    extra = json.loads((DATA / "countries_extra.json").read_text(encoding="utf-8"))
    institutions = frozenset(m.removeprefix("the ") for info in extra.values() for m in info["metonyms"])
    for code, info in extra.items():
        entries[code] = Entry(code, info["name"], "country")
        for surface in [info["name"], *info["aliases"], *info["capitals"], *info["metonyms"]]:
            alias(surface, code, "GPE")
        for surface in info["demonyms"]:
            alias(surface, code, "NORP")
    for country in pycountry.countries:
        code = country.alpha_3
        names = [getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)]
        entries.setdefault(code, Entry(code, next(n for n in names if n), "country"))
        for surface in names:
            alias(surface, code, "GPE")
    organisations = json.loads((DATA / "organisations.json").read_text(encoding="utf-8"))
    for code, info in organisations.items():
        entries[code] = Entry(code, info["name"], info["type"], info.get("affiliation"))
        for surface in [info["name"], *info["aliases"]]:
            alias(surface, code, "ORG")
    return Gazetteer(entries, aliases, institutions)


@dataclass(frozen=True)
class KnownPerson:
    name: str
    affiliation: str | None
    role: str | None
    gender: str | None


@dataclass(frozen=True)
class People:
    """Well-known people from people.json, by full name and by every alias (a surname may be shared)."""
    by_name: dict[str, list[KnownPerson]]
    by_first_word: dict[str, list[tuple[str, ...]]]   # first token -> the names it starts, as tokens, longest first

    def match(self, doc: Doc, i: int) -> tuple[str, int] | None:
        """The longest known name starting at token i: (name as written, end token)."""
        for words in self.by_first_word.get(doc[i].text, []):
            end = i + len(words)
            if end <= len(doc) and tuple(t.text for t in doc[i:end]) == words:
                return " ".join(words), end
        return None

    def resolve(self, surface: str) -> KnownPerson | None:
        """The known person a name stands for; for a shared name, what all its holders have in common
        ('Bush': an American man, no full name), or None when they differ in affiliation."""
        found = self.by_name.get(surface, [])
        if len(found) <= 1:
            return found[0] if found else None
        if len({p.affiliation for p in found}) > 1:
            return None
        same = lambda field: getattr(found[0], field) if len({getattr(p, field) for p in found}) == 1 else None
        return KnownPerson(surface, found[0].affiliation, same("role"), same("gender"))


@lru_cache(maxsize=None)
def people() -> People:
    by_name: dict[str, list[KnownPerson]] = {}
    for info in json.loads((DATA / "people.json").read_text(encoding="utf-8")):
        person = KnownPerson(info["name"], info.get("affiliation"), info.get("role"), info.get("gender"))
        for surface in dict.fromkeys([info["name"], *info.get("aliases", [])]):
            by_name.setdefault(surface, []).append(person)
    by_first_word: dict[str, list[tuple[str, ...]]] = {}
    for surface in by_name:
        words = tuple(NAME_TOKENS.findall(surface))
        by_first_word.setdefault(words[0], []).append(words)
    for names in by_first_word.values():
        names.sort(key=len, reverse=True)
    return People({" ".join(NAME_TOKENS.findall(k)): v for k, v in by_name.items()}, by_first_word)





@dataclass(frozen=True)
class Titles:
    roles: list[str]
    prefixes: frozenset[str]
    gendered_roles: dict[str, str]
    honorifics: dict[str, str | None]
    pronouns: dict[str, str]
    place_words: frozenset[str]           # "Orchard Close", "Mill Brook": places, whatever NER says
    organisation_nouns: frozenset[str]    # "the ministry", "the army": bodies that speak
    name_particles: frozenset[str]        # "von der Leyen", "de Jong", "bin Salman": inside a name, lower case
    name_suffixes: frozenset[str]         # "Marcos Jr": part of the name, not the surname
    speaking_for_owner: frozenset[str]    # "Netanyahu's office said": the owner speaks
    unnamed_roles: frozenset[str]         # "the official", "the spokesman": often nobody named in the article
    role_synonyms: dict[str, list[str]]   # "the prosecutor" may be the person introduced as an attorney
    state_bodies: frozenset[str]          # "the Saudi foreign ministry": a body that speaks for its state


@lru_cache(maxsize=None)
def titles() -> Titles:
    """Roles, honorifics and gendered words from person_titles.json."""
    data = json.loads((DATA / "person_titles.json").read_text(encoding="utf-8"))
    return Titles(data["roles"], frozenset(data["role_prefixes"]), data["gendered_roles"],
                  data["honorifics"], data["pronouns"], frozenset(data["place_words"]),
                  frozenset(data["organisation_nouns"]), frozenset(data["name_particles"]),
                  frozenset(data["name_suffixes"]), frozenset(data["speaking_for_owner"]),
                  frozenset(data["unnamed_roles"]), data["role_synonyms"], frozenset(data["state_bodies"]))


@lru_cache(maxsize=None)
def _first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def first_name_gender(first: str) -> str | None:
    """'male'/'female' for a first name the gender-guesser list is fairly sure about, else None."""
    guess = _first_names().get_gender(first)
    return guess.removeprefix("mostly_") if guess in ("male", "female", "mostly_male", "mostly_female") else None


@lru_cache(maxsize=None)
def _role_matcher(vocab) -> PhraseMatcher:
    """Roles as lower-case token sequences (hyphens split as the English tokenizer splits them)."""
    matcher = PhraseMatcher(vocab, attr="LOWER")
    matcher.add("ROLE", [Doc(vocab, words=role.replace("-", " - ").split()) for role in titles().roles])
    return matcher


@dataclass
class _Person:
    """A person while the article is read; becomes an Actor at the end."""
    name: str
    first: str | None
    surname: str
    gender: str | None = None
    role: str | None = None
    qualifier: str | None = None      # 'Villa' of 'Villa manager Unai Emery'
    affiliation: str | None = None
    known: KnownPerson | None = None  # the people.json entry: fills what the article does not say


@dataclass
class Cast:
    """The resolved actors of one article: which actor each token refers to."""
    _actors: dict[str, Actor] = field(default_factory=dict)   # key -> actor, in order of first mention
    _by_token: dict[int, str] = field(default_factory=dict)    # token index -> key
    _institutions: dict[int, str] = field(default_factory=dict)  # token index -> 'White House', 'Saudi foreign ministry'

    def actor_at(self, token: Token) -> Actor | None:
        """The actor a token refers to (inside a name, demonym, metonym, surname, title phrase or resolved pronoun)."""
        return self.actor_of(token.i)

    def actor_of(self, i: int) -> Actor | None:
        """The actor the token at index `i` refers to, for scans over indices that make no token."""
        key = self._by_token.get(i)
        return self._actors[key] if key else None

    def referring_tokens(self) -> list[int]:
        """The indices of the tokens that refer to an actor, in order."""
        return sorted(self._by_token)

    def institution_at(self, token: Token) -> str | None:
        """The name as written of the institution a token belongs to ('Kremlin', 'Saudi foreign ministry'): it speaks
        for its state (the actor) but is the more precise speaker."""
        return self._institutions.get(token.i)

    def code_at(self, token: Token) -> str | None:
        """That actor's code; for a person, the person's affiliation code."""
        actor = self.actor_at(token)
        if actor is None:
            return None
        return actor.affiliation if actor.type == "person" else actor.code

    def actors(self) -> list[Actor]:
        """The article's actors for output, with mention counts (plain places only when they have a name)."""
        return list(self._actors.values())


class _Reader:
    """One pass of resolution over a parsed article; builds its Cast."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.gaz = gazetteer()
        self.titles = titles()
        self.by_token: dict[int, str] = {}
        self.mentions: dict[str, list[int]] = {}        # key -> start tokens of its mentions
        self.actors: dict[str, Actor] = {}
        self.persons: dict[str, _Person] = {}
        self.surnames: dict[str, list[str]] = {}        # surname -> person keys
        self.leading: dict[str, list[str]] = {}         # first word of a full name -> person keys ("Mao" of "Mao Ning")
        self.acronyms: dict[str, str] = {}              # "RCN" introduced as "Royal College of Nursing (RCN)" -> key
        self.people = people()
        self.known: dict[str, str] = {}                 # people.json name -> person key
        self.institutions: dict[int, str] = {}          # token index -> institution name as written
        self.quoted = quoted_tokens(doc)
        self.sentence_starts = [sent.start for sent in doc.sents]
        self.sentence_index = [0] * len(doc)           # token index -> index of its sentence
        for n, sent in enumerate(doc.sents):
            self.sentence_index[sent.start:sent.end] = [n] * len(sent)

    # -- bookkeeping ---------------------------------------------------------------------------
    def mention(self, key: str, start: int, end: int, tokens: range | None = None) -> None:
        """Record one mention of `key` over doc[start:end] (mapping `tokens`, default the whole span)."""
        for i in tokens if tokens is not None else range(start, end):
            self.by_token[i] = key
        self.mentions.setdefault(key, []).append(start)

    def free(self, start: int, end: int) -> bool:
        return all(i not in self.by_token for i in range(start, end))

    # -- passes --------------------------------------------------------------------------------
    def read(self) -> Cast:
        people, others = self.known_entities()
        self.named_persons(people)
        self.surname_mentions()
        self.known_people()
        self.title_phrases()
        self.demonym_persons()
        self.state_bodies()
        self.unknown_entities(others)
        self.pronouns()
        return self.cast()

    def known_entities(self) -> tuple[list[Span], list[Span]]:
        """Gazetteer entities get their code; the rest is split into person-like names and other entities."""
        people, others = [], []
        for ent in self.doc.ents:
            entry = self.gaz.entries.get(ent.ent_id_)
            if entry:
                self.actors.setdefault(entry.code, Actor(name=entry.name, type=entry.type, code=entry.code,
                                                         affiliation=entry.affiliation))
                self.mention(entry.code, ent.start, ent.end)
                self.elided_partner(ent)
                surface = ent.text.removeprefix("the ").removeprefix("The ")
                if surface in self.gaz.institutions:
                    self.institutions.update((i, surface) for i in range(ent.start, ent.end))
                continue
            name = self.strip_name(ent)
            if name is None:
                continue
            if name[-1].lower_ in self.titles.place_words \
                    or (name.end < len(self.doc) and self.doc[name.end].lower_ in self.titles.place_words):
                continue   # 'Orchard Close', 'the Riverside estate': a place
            if ent.label_ == "PERSON" or self.looks_like_person(name) or self.has_role_apposition(name):
                people.append(name)
            else:
                others.append(name)
        return people + self.unlabelled_names(), others

    def elided_partner(self, ent: Span) -> None:
        """'North and South Korea', 'East and West Germany': the word before `and` takes the rest of the name that
        follows it, and names a state of its own where the gazetteer knows that name ('North Korea')."""
        doc, start = self.doc, ent.start
        if len(ent) < 2 or start < 2 or doc[start - 1].lower_ not in ("and", "or") or not doc[start - 2].is_title:
            return
        code = self.gaz.aliases.get(" ".join([doc[start - 2].text, *(t.text for t in ent[1:])]), (None,))[0]
        entry = self.gaz.entries.get(code)
        if entry is not None and code != ent.ent_id_ and start - 2 not in self.by_token:
            self.actors.setdefault(code, Actor(name=entry.name, type=entry.type, code=code,
                                               affiliation=entry.affiliation))
            self.mention(code, start - 2, start - 1)

    def unlabelled_names(self) -> list[Span]:
        """Runs of capitalised proper nouns NER missed ('Rain Newton-Smith', 'Mikel Arteta') that a title apposition or
        a known first name marks as a person."""
        names, doc = [], self.doc
        for token in doc:
            if token.ent_iob_ != "O" or token.pos_ != "PROPN" or not token.is_title:
                continue
            if token.i and (doc[token.i - 1].pos_ == "PROPN" or doc[token.i - 1].text == "-"):
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "O" and (doc[end].pos_ == "PROPN" or doc[end].text == "-"):
                end += 1
            start = token.i
            if start and doc[start - 1].is_title and doc[start - 1].ent_iob_ == "O" and not doc[start - 1].is_stop \
                    and doc[start - 1].pos_ in ("NOUN", "ADJ"):   # a first name the tagger took for a word ("Rain")
                start -= 1
            span = doc[start:end]
            if doc[end - 1].is_title and (self.has_role_apposition(span) or self.looks_like_person(span)) \
                    and doc[end - 1].lower_ not in self.titles.place_words:
                names.append(span)
        return names

    def strip_name(self, span: Span) -> Span | None:
        """The span without leading determiners, honorifics or titles and trailing possessives/punctuation."""
        start, end = span.start, span.end
        honorifics = self.titles.honorifics
        while start < end and (self.doc[start].lower_ in honorifics or self.doc[start].lower_ == "the"
                               or not self.doc[start].is_alpha):
            start += 1
        end = min(end, next((i for i in range(start, end) if self.doc[i].text == "("), end))
        while end > start and (self.doc[end - 1].text in POSSESSIVE or self.doc[end - 1].is_punct):
            end -= 1
        if start == end or not self.doc[start].text[:1].isupper():
            return None
        return self.doc[start:self.name_end(end)]

    def name_end(self, end: int) -> int:
        """NER often stops a name at a particle or before a suffix ('Ursula von der' | 'Leyen', 'Marcos' | 'Jr'):
        run on over particles and hyphens to the next capitalised word, and over a suffix."""
        doc, particles = self.doc, self.titles.name_particles
        j = end
        while j < len(doc) and ((doc[j].lower_ in particles and doc[j].is_lower)
                                 or (doc[j].text == "-" and not doc[j - 1].whitespace_)):
            j += 1
        if j > end and j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
            end = j + 1
        elif j == end and end and doc[end - 1].lower_ in particles and end < len(doc) and doc[end].is_title:
            end += 1
        if end < len(doc) and doc[end].text in self.titles.name_suffixes:
            end += 1
        return end

    @staticmethod
    def looks_like_person(span: Span) -> bool:
        """A mislabelled person name: two or three capitalised words led by a known first name."""
        words = [t for t in span if t.is_alpha]
        return (2 <= len(words) <= 3 and len(words) == len(span) and all(t.is_title for t in words)
                and first_name_gender(words[0].text) is not None)

    def has_role_apposition(self, span: Span) -> bool:
        """'Kemi Badenoch, the Conservative leader,': a two- or three-word name followed by a title is a person."""
        words = [t for t in span if t.is_alpha]
        if not (2 <= len(words) <= 4 and all(t.is_title for t in words)) or span.end >= len(self.doc) - 2:
            return False
        if self.doc[span.end].text != ",":
            return False
        apposition = self.doc[span.end + 1:min(len(self.doc), span.end + 8)]
        return apposition[0].lower_ in DETERMINERS and bool(_role_matcher(self.doc.vocab)(apposition))

    def named_persons(self, names: list[Span]) -> None:
        """Full names found by NER become persons; two forms of one name (Sergey/Sergei Lavrov) merge."""
        for span in names:
            if len(span) < 2 or not self.free(span.start, span.end):
                continue
            first, surname = span[0].text, self.surname(span)
            key = next((k for k in self.surnames.get(surname, [])
                        if (self.persons[k].first or "")[:1] == first[:1]), None)
            if key is None:
                key = f"person:{len(self.persons)}"
                honorific = self.doc[span.start - 1].lower_ if span.start else ""
                known = self.people.resolve(" ".join(t.text for t in span))
                gender = (known and known.gender) or self.titles.honorifics.get(honorific) or first_name_gender(first)
                self.persons[key] = _Person(span.text, first, surname, gender, known=known)
                if known:
                    self.known.setdefault(known.name, key)
                self.surnames.setdefault(surname, []).append(key)
                self.leading.setdefault(first, []).append(key)   # a family name written first ("Mao Ning")
            self.mention(key, span.start, span.end)
        labels = Counter((ent.text, ent.label_ == "PERSON") for ent in self.doc.ents)
        for span in names:   # a lone name no full name or people.json explains ("Blanco") is a person of its own,
            if labels[(span.text, False)] >= labels[(span.text, True)] > 0:   # unless NER mostly calls it a place or body
                continue
            if len(span) == 1 and span.text not in self.surnames and len(self.leading.get(span.text, [])) != 1 \
                    and self.free(span.start, span.end) and not span.text.isupper() \
                    and self.people.resolve(span.text) is None and not self.known_with_title(span):
                # (an acronym ('RSF') names no person; `King Salman` is the known one, found below)
                key = f"person:{len(self.persons)}"
                honorific = self.doc[span.start - 1].lower_ if span.start else ""
                self.persons[key] = _Person(span.text, None, span.text, self.titles.honorifics.get(honorific))
                self.surnames[span.text] = [key]

    def known_with_title(self, span: Span) -> bool:
        """Whether a people.json name that opens with the word before the span covers it (`King Salman`, `Pope
        Francis`): NER leaves the title out of the name, which the lone name alone does not explain."""
        found = self.people.match(self.doc, span.start - 1) if span.start else None
        return found is not None and found[1] >= span.end

    def known_people(self) -> None:
        """Names the article does not introduce in full ('Putin', 'Zelenskyy', 'President Obama') are the well-known
        people of people.json: full name, affiliation, role and gender come from there."""
        doc = self.doc
        for token in doc:
            if token.i in self.by_token or not token.text[:1].isupper():
                continue
            found = self.people.match(doc, token.i)
            if found is None or not self.free(token.i, found[1]):
                continue
            surface, end = found
            if token.pos_ not in ("PROPN", "NOUN", "X") and token.ent_type_ != "PERSON":
                continue   # 'Cleverly' as a word
            inside = token.ent_iob_ == "I" or (end < len(doc) and doc[end].ent_iob_ == "I")
            if token.ent_type_ not in ("", "PERSON") and inside and not self.leads_state_body(token):
                continue   # inside a longer name of a place or body ('Gates Foundation', 'Sadr City')
            known = self.people.resolve(surface)
            if known is None:
                continue
            key = self.known.get(known.name)
            if key is None:
                key = self.known[known.name] = f"person:{len(self.persons)}"
                honorific = doc[token.i - 1].lower_ if token.i else ""
                self.persons[key] = _Person(known.name, None, surface,
                                            known.gender or self.titles.honorifics.get(honorific), known=known)
            self.mention(key, token.i, end)
            self.mentions[key].sort()

    def leads_state_body(self, token: Token) -> bool:
        """Whether the name is that of a body its leader heads ('the Biden Administration', 'the Maduro Government'):
        the entity ends in a state body word, so the body speaks for the leader's state, as the lowercase 'the Biden
        administration' does."""
        ent = next((e for e in self.doc.ents if e.start <= token.i < e.end), None)
        last = next((t for t in reversed(ent) if t.text not in POSSESSIVE), None) if ent is not None else None
        return last is not None and last.lower_ in self.titles.state_bodies and last.i > token.i

    def surname(self, span: Span) -> str:
        """The last word of a name that is no suffix ('Ferdinand Marcos Jr' -> 'Marcos')."""
        words = [t.text for t in span if t.text not in self.titles.name_suffixes and t.text not in (".", "-")]
        return words[-1] if words else span[-1].text

    def surname_mentions(self) -> None:
        """Every capitalised token that is a known person's surname refers to that person (whatever NER said)."""
        for token in self.doc:
            keys = self.surnames.get(token.text) or self.leading.get(token.text)
            if keys and token.i not in self.by_token and token.text[:1].isupper() and (token.text in self.surnames or len(keys) == 1):
                self.mention(self.latest(keys, token.i), token.i, token.i + 1)

    def latest(self, keys: list[str], at: int) -> str:
        """Of several persons sharing a surname, the one mentioned last before `at` (else the first)."""
        best, best_at = keys[0], -1
        for key in keys:
            starts = self.mentions.get(key, [])
            k = bisect.bisect_left(starts, at) - 1
            if k >= 0 and starts[k] > best_at:
                best, best_at = key, starts[k]
        return best

    def title_phrases(self) -> None:
        """'the German foreign minister, Annalena Baerbock' gives role and affiliation; 'the chancellor' refers back:
        to the latest person with that role, unless an unnamed one ('a senior U.S. official') came later; with
        no such person, to the person the recent sentences are about ('Rachel Reeves ... the chancellor said')."""
        doc = self.doc
        matcher = _role_matcher(doc.vocab)
        roles = filter_spans([doc[s:e] for _, s, e in matcher(doc)])
        unattached, unnamed = [], []   # unnamed: (start, role) of 'a senior U.S. official', who has no name
        for role in roles:
            if any(self.by_token.get(i, "").startswith("person:") for i in range(role.start, role.end)):
                continue
            start, affiliation = self.modifiers(role)
            end, affiliation = self.of_phrase(role.end, affiliation)
            role_text = " ".join([t.lower_ for t in doc[start:role.start] if t.lower_ in self.titles.prefixes
                                  or (t.is_lower and t.pos_ in ("NOUN", "ADJ", "PROPN") and t.i not in self.by_token)]
                                 + [role.text.lower()])
            qualifier = self.qualifier(start, role.start)
            person = self.adjacent_person(start, end)
            own_tokens = [i for i in range(start, end) if i not in self.by_token
                          and (i >= role.start or doc[i].lower_ == "the" or doc[i].lower_ in self.titles.prefixes)]
            if person:
                p = self.persons[person]
                p.role = p.role or role_text
                p.qualifier = p.qualifier or qualifier
                p.affiliation = p.affiliation or affiliation
                p.gender = p.gender or self.titles.gendered_roles.get(role.text.lower())
                self.mention(person, start, end, own_tokens)
                self.mentions[person].sort()
            elif doc[start].lower_ in ("a", "an", "another"):
                unnamed.append((start, end, role.text.lower(), own_tokens))
            elif doc[start].lower_ == "the" or doc[start].is_sent_start \
                    or (affiliation and (start == 0 or doc[start - 1].lower_ not in ("a", "an"))):
                unattached.append((start, end, role.text.lower(), affiliation, qualifier, own_tokens))
        for start, end, role, affiliation, qualifier, own_tokens in unattached:
            matches = [k for k, p in self.persons.items() if self.holds(p, role)
                       and (affiliation is None or p.affiliation == affiliation)
                       and (qualifier is None or p.qualifier in (None, qualifier))]
            last_unnamed = max((at for at, _, r, _ in unnamed if at < start and r.endswith(role)), default=-1)
            if matches:
                key = self.latest(matches, start)
                if max((at for at in self.mentions.get(key, []) if at < start), default=-1) < last_unnamed:
                    continue
            elif last_unnamed < 0 and role not in self.titles.unnamed_roles \
                    and (key := self.salient_person(start)) is not None \
                    and affiliation in (None, self.affiliation(self.persons[key]) or affiliation):
                self.persons[key].role = role   # 'the president of Azerbaijan' is not Erdogan, whatever he is about
                self.persons[key].qualifier = qualifier
            else:
                continue
            self.mention(key, start, end, own_tokens)
            self.mentions[key].sort()
        self.named_later(unnamed)

    @staticmethod
    def affiliation(person: _Person) -> str | None:
        """What the article says, else what people.json knows."""
        return person.affiliation or (person.known and person.known.affiliation)

    def holds(self, person: _Person, role: str) -> bool:
        """The person's title is that role or a synonym of it ('prosecutor' ~ 'attorney')."""
        return bool(person.role) and any(person.role.endswith(r) for r in [role, *self.titles.role_synonyms.get(role, [])])

    def named_later(self, unnamed: list) -> None:
        """'a prosecutor told the jury ...' in the lede, then 'Assistant U.S. Attorney Rebecca Lin': an indefinite
        title (not an anonymous-source word like 'official') refers ahead to the one person who holds it, when nobody
        holding it was named before."""
        doc = self.doc
        for start, end, role, own_tokens in unnamed:
            if doc[start].lower_ == "another" or role in self.titles.unnamed_roles:
                continue
            holders = [k for k, p in self.persons.items() if self.holds(p, role)]
            if len(holders) == 1 and min(self.mentions.get(holders[0], [start])) > start:
                self.mention(holders[0], start, end, own_tokens)
                self.mentions[holders[0]].sort()

    def state_bodies(self) -> None:
        """'the Saudi foreign ministry', "Russia's defence ministry": a state body named with its state speaks for the
        state (its tokens get the state's code) and is itself the speaker, as written."""
        doc = self.doc
        for token in doc:
            if token.lower_ not in self.titles.state_bodies or token.i in self.by_token:
                continue
            i, state = token.i, None
            while i > max(0, token.i - BODY_MODIFIERS):
                left = doc[i - 1]
                key = self.by_token.get(left.i, "")
                if key and not key.startswith("person:") and left.ent_type_ in ("GPE", "NORP"):
                    state = state or key
                elif left.text in POSSESSIVE and i >= 2 and not self.by_token.get(i - 2, "person:").startswith("person:"):
                    pass
                elif key or left.is_stop or left.pos_ not in ("NOUN", "ADJ", "PROPN"):
                    break
                i -= 1
            if state is None:
                continue
            end = token.i + 1
            while end < len(doc) and token.ent_type_ == "ORG" and doc[end].ent_iob_ == "I":
                end += 1   # 'China's Ministry of Commerce'
            self.by_token.update((j, state) for j in range(i, end) if j not in self.by_token)
            self.institutions.update((j, doc[i:end].text) for j in range(i, end))

    def qualifier(self, start: int, role_start: int) -> str | None:
        """The unknown proper names before a title ('Villa manager', 'the Arsenal manager') tell two holders apart."""
        words = [t.text for t in self.doc[start:role_start] if t.text[:1].isupper() and t.i not in self.by_token
                 and t.lower_ not in self.titles.prefixes and t.lower_ not in DETERMINERS]
        return " ".join(words) or None

    def salient_person(self, at: int, roleless: bool = True) -> str | None:
        """The person (without a known role, if `roleless`) who is the subject of one of the last sentences before
        `at` outside quote marks, nearest first."""
        n, looked, last = self.sentence_index[at], 0, self.sentence_index[at] - 4 * PERSON_LOOKBACK_SENTENCES
        while n >= max(0, last) and looked <= PERSON_LOOKBACK_SENTENCES:   # bounded: quoted sentences do not count
            start = self.sentence_starts[n]
            end = min(at, self.sentence_starts[n + 1] if n + 1 < len(self.sentence_starts) else at)
            looked += any(not (self.quoted[i] or self.doc[i].is_space or self.doc[i].is_punct) for i in range(start, end))
            for i in range(end - 1, start - 1, -1):
                key = self.by_token.get(i, "")
                if key.startswith("person:") and not self.quoted[i] and self.is_subject(self.doc[i]) \
                        and not (roleless and self.persons[key].role):
                    return key
            n -= 1
        return None

    def demonym_persons(self) -> None:
        """'the Spaniard also questioned ...', 'beat the Serb': a singular demonym used as a noun is a person, not the
        state; as the subject, the person the text is about when it has one."""
        doc = self.doc
        for token in doc:
            key = self.by_token.get(token.i, "")
            alone = token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
            if not (token.ent_type_ == "NORP" and alone and key and not key.startswith("person:")
                    and token.i in self.mentions.get(key, []) and doc[token.i - 1].lower_ in ("the", "a", "an")
                    and token.tag_ in ("NN", "NNP") and token.dep_ not in ("amod", "compound", "nmod")):
                continue
            self.mentions[key].remove(token.i)
            if not self.mentions[key]:
                del self.mentions[key]
            del self.by_token[token.i]
            person = self.salient_person(token.i, roleless=False) if token.dep_ in ("nsubj", "nsubjpass") else None
            if person is not None:
                self.mention(person, token.i - 1, token.i + 1)
                self.mentions[person].sort()

    def modifiers(self, role: Span) -> tuple[int, str | None]:
        """Walk left over a title's modifiers ('the Nato', 'Russia's', 'former'): phrase start and affiliation."""
        doc, i, affiliation = self.doc, role.start, None
        while i > 0:
            token = doc[i - 1]
            key = self.by_token.get(token.i)
            if key and not key.startswith("person:") and token.ent_type_ in ("GPE", "NORP", "ORG"):
                affiliation = affiliation or self.actors[key].code
            elif token.text in POSSESSIVE and i >= 2 and self.by_token.get(i - 2):
                pass
            elif not (token.lower_ in self.titles.prefixes or token.lower_ in DETERMINERS
                      or (token.is_title and token.pos_ in ("PROPN", "ADJ"))
                      or (token.is_lower and token.pos_ in ("NOUN", "ADJ", "PROPN") and role.start - i < 3)):
                break
            i -= 1
            if token.lower_ in DETERMINERS:
                break
        return i, affiliation

    def of_phrase(self, end: int, affiliation: str | None) -> tuple[int, str | None]:
        """'head of the IAEA', 'envoy for Sudan': extend the title over 'of/for (the) <known actor>'."""
        doc = self.doc
        if end < len(doc) and doc[end].lower_ in ("of", "for"):   # 'special envoy for Sudan'
            j = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
            key = self.by_token.get(j) if j < len(doc) else None
            if key and not key.startswith("person:"):
                while j < len(doc) and self.by_token.get(j) == key:
                    j += 1
                return j, affiliation or self.actors[key].code
        return end, affiliation

    def adjacent_person(self, start: int, end: int) -> str | None:
        """A person named right after the title ('minister, Annalena Baerbock') or right before ('Baerbock, the minister')."""
        doc, by_token = self.doc, self.by_token
        after = end + (end < len(doc) and doc[end].text == ",")
        key = by_token.get(after, "") if after < len(doc) else ""
        if key.startswith("person:"):
            return key
        before = start - 1
        if before >= 1 and doc[before].text == ",":
            key = by_token.get(before - 1, "")
            if key.startswith("person:"):
                return key
        return None

    def unknown_entities(self, others: list[Span]) -> None:
        """Organisations and places the gazetteer does not know: kept when they look like names, not stray words."""
        for span in others:
            if not self.free(span.start, span.end):
                continue
            if span.text in self.acronyms:
                self.mention(self.acronyms[span.text], span.start, span.end)
                continue
            label = span.root.ent_type_
            if label == "ORG" and (len(span) > 1 or span.text.isupper()) and len(span.text) > 1:
                kind = "organization"
            elif label in ("GPE", "LOC"):
                kind = "location"
            else:
                continue
            key = f"{kind}:{span.text.lower()}"
            self.actors.setdefault(key, Actor(name=span.text, type=kind))
            self.mention(key, span.start, span.end)
            self.define_acronym(span, key)
            if kind == "organization" and len(span) > 2:   # 'RCN' for an earlier 'Royal College of Nursing'
                self.acronyms.setdefault("".join(t.text[0] for t in span if t.is_title or t.is_upper), key)
        for token in self.doc:   # an acronym NER did not tag as an entity
            if token.text in self.acronyms and token.i not in self.by_token:
                self.mention(self.acronyms[token.text], token.i, token.i + 1)

    def define_acronym(self, span: Span, key: str) -> None:
        """'the Royal College of Nursing (RCN)': a later 'RCN' is the same organisation."""
        doc, end = self.doc, span.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper \
                and len(doc[end + 1].text) > 1:
            self.acronyms.setdefault(doc[end + 1].text, key)
            self.mention(key, end + 1, end + 2)

    def pronouns(self) -> None:
        """he/she/his/her refer to the nearest fitting person: earlier in the sentence, else a recent sentence's subject."""
        pronouns = self.titles.pronouns
        quoted = quoted_tokens(self.doc)
        person_at = sorted((i, key) for i, key in self.by_token.items() if key.startswith("person:") and not quoted[i])
        positions = [i for i, _ in person_at]
        for token in self.doc:
            gender = pronouns.get(token.lower_)
            if not gender or token.i in self.by_token or token.pos_ not in ("PRON", "DET"):
                continue
            key = self.governing_subject(token, gender) or self.antecedent(token, gender, person_at, positions)
            if key and not quoted[token.i]:   # a resolved pronoun is itself an antecedent for the next one ("He also ... He implied")
                self.mention(key, token.i, token.i + 1)
                at = bisect.bisect_left(positions, token.i)
                positions.insert(at, token.i)
                person_at.insert(at, (token.i, key))

    def governing_subject(self, pronoun: Token, gender: str) -> str | None:
        """'Whitfield, whose flat on Orchard Close flooded, said she ...': the person subject of a verb above the pronoun."""
        token = pronoun
        while token.head.i != token.i:
            token = token.head
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
                            and pronoun not in c.subtree), None)
            key = self.by_token.get(subject.i, "") if subject is not None else ""
            if key.startswith("person:") and self.persons[key].gender in (None, gender):
                return key
        return None

    def antecedent(self, pronoun: Token, gender: str, person_at, positions) -> str | None:
        sent_of = self.sentence_start
        fits = lambda key: self.persons[key].gender in (None, gender)
        window_start = self.lookback_start(pronoun.i)
        k = bisect.bisect_left(positions, pronoun.i) - 1
        group_sentence, group = None, []        # fitting mentions of the latest earlier sentence, newest first
        while k >= 0 and positions[k] >= window_start:
            i, key = person_at[k]
            k -= 1
            if not fits(key):
                continue
            if sent_of(i) == sent_of(pronoun.i):
                return key
            if group_sentence is not None and sent_of(i) != group_sentence:
                break
            group_sentence = sent_of(i)
            group.append((i, key))
        subjects = [key for i, key in group if self.is_subject(self.doc[i])]
        return subjects[0] if subjects else (group[-1][1] if group else None)

    def lookback_start(self, at: int) -> int:
        """Start of the PERSON_LOOKBACK_SENTENCES sentences before `at` that have words outside quote marks (a long
        quotation does not push its speaker out of reach), bounded."""
        n, looked, last = self.sentence_index[at], 0, self.sentence_index[at] - 4 * PERSON_LOOKBACK_SENTENCES
        while n > max(0, last) and looked < PERSON_LOOKBACK_SENTENCES:
            n -= 1
            start = self.sentence_starts[n]
            end = self.sentence_starts[n + 1]
            looked += any(not (self.quoted[i] or self.doc[i].is_space or self.doc[i].is_punct) for i in range(start, end))
        return self.sentence_starts[n]

    @staticmethod
    def is_subject(token: Token) -> bool:
        """Inside the subject of its clause (a name's tokens hang below the subject's head)."""
        while token.dep_ in ("compound", "appos", "flat", "amod", "poss"):
            token = token.head
        return token.dep_ in ("nsubj", "nsubjpass")

    def sentence_start(self, i: int) -> int:
        return self.sentence_starts[self.sentence_index[i]]

    def cast(self) -> Cast:
        """Actors in order of first mention; persons get their final name, role, affiliation and counts."""
        for key, person in self.persons.items():
            if key in self.mentions:
                known = person.known
                self.actors[key] = Actor(name=person.name, type="person", role=person.role or (known and known.role),
                                         affiliation=self.affiliation(person))
        order = sorted(self.mentions, key=lambda k: min(self.mentions[k]))
        actors = {}
        for key in order:
            actor = self.actors[key]
            actor.mentions = len(self.mentions[key])
            actors[key] = actor
        return Cast(actors, self.by_token, self.institutions)


OPENING_MARKS, CLOSING_MARKS = {"“", "«", "„"}, {"”", "»"}


def quoted_tokens(doc: Doc) -> list[bool]:
    """Which tokens stand between double quote marks (a paragraph break closes any open quote): a name inside a
    quotation is no antecedent for the reporter's pronouns."""
    inside, open_now = [False] * len(doc), False
    for token in doc:
        if "\n" in token.text or token.text in CLOSING_MARKS:
            open_now = False
        elif token.text in OPENING_MARKS:
            open_now = True
        elif token.text == '"':
            open_now = not open_now
        else:
            inside[token.i] = open_now
    return inside


def find_actors(doc: Doc) -> Cast:
    """Resolve every actor mention of a parsed article (a doc from `pipeline.nlp.load_nlp`)."""
    return _Reader(doc).read()
