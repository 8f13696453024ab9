"""Who said what: direct, indirect and mixed quotes with their speakers resolved to actors.

Quote marks are paired in one linear scan that never fails on unbalanced marks; a quote left open at the
end of a paragraph goes on in the next paragraph when that one opens with a quote mark. Speakers come from
reporting verbs (pipeline/data/reporting_verbs.txt) next to the quote, in either order; a quote with no
cue of its own belongs to the speaker of the quote just before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from pipeline.actors import Cast, titles
from schemas.analysis import Quote

DATA = Path(__file__).parent / "data"
CLOSERS = {"“": "”", "«": "»", "„": "“”", "‘": "’", '"': '"', "‹": "›"}
MARKS = re.compile(r"[“”«»„‘’\"‹›\n]")
SENTENCE_END = re.compile(r"[.!?]\s|\n")
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "sen", "gen", "rep", "gov", "col", "lt", "sgt", "capt", "prof",
                 "rev", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "mt", "ft"}
LAST_WORD = re.compile(r"(\w+)$")
FRAGMENT_WORDS = 5          # a shorter quote with no closing punctuation inside is a quoted fragment
FLOATING_PARAGRAPHS = 2
FRAME_CHARS = 600           # how far around a quote or cue to look for its frame     # how far back a cue-less quote looks for the previous speaker
SUBJECTS = ("nsubj", "nsubjpass")
CLIMB_THROUGH = ("advcl", "conj", "xcomp", "acl", "relcl", "pcomp", "prep", "ccomp")
CLIMB_STEPS = 5
UNRESOLVED = {"it", "they", "we", "i", "you", "this", "that", "he", "she", "who", "which"}


@dataclass(frozen=True)
class Cues:
    verbs: frozenset[str]                 # lemmas: say, tell, warn, ...
    phrases: tuple[tuple[str, ...], ...]  # prepositional cues: ("according", "to")


@lru_cache(maxsize=None)
def cues() -> Cues:
    lines = [line.strip().lower() for line in (DATA / "reporting_verbs.txt").read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    return Cues(frozenset(l for l in lines if " " not in l), tuple(tuple(l.split()) for l in lines if " " in l))


@dataclass
class _Marked:
    """Text between quote marks, possibly over several paragraphs: [(start, end)] of the inner text."""
    parts: list[tuple[int, int]]
    open_at: int          # offset of the first opening mark
    close_at: int         # offset just after the closing mark (or the paragraph end if never closed)
    closed: bool

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def marked_spans(text: str) -> list[_Marked]:
    """Pair quote marks in one pass; a quote open at a paragraph's end continues if the next paragraph opens one."""
    spans: list[_Marked] = []
    opener, open_at, carry = None, 0, None   # carry: a quote left open at the previous paragraph's end
    for m in MARKS.finditer(text):
        ch, at = m.group(), m.start()
        if ch == "\n":
            if opener is not None:
                inner_end = len(text[open_at + 1:at].rstrip()) + open_at + 1
                part = (open_at + 1, inner_end)
                if carry is not None:
                    carry.parts.append(part)
                    carry.close_at = inner_end
                else:
                    carry = _Marked([part], open_at, inner_end, False)
                opener = None
            elif carry is not None and text[carry.close_at:at].strip():
                spans.append(carry)
                carry = None
            continue
        if opener is None:
            if ch in CLOSERS and opens(text, at):
                if carry is not None and text[carry.close_at:at].strip():
                    spans.append(carry)
                    carry = None
                opener, open_at = ch, at
            continue
        if ch in CLOSERS[opener] and closes(text, at, opener):
            part = (open_at + 1, at)
            if carry is not None:
                carry.parts.append(part)
                carry.close_at, carry.closed = at + 1, True
                spans.append(carry)
                carry = None
            else:
                spans.append(_Marked([part], open_at, at + 1, True))
            opener = None
    if opener is not None:
        part = (open_at + 1, len(text.rstrip()))
        if carry is not None:
            carry.parts.append(part)
        else:
            carry = _Marked([part], open_at, part[1], False)
    if carry is not None:
        spans.append(carry)
    return [s for s in spans if any(text[a:b].strip() for a, b in s.parts)]


def sentence_ends(segment: str):
    """Sentence breaks in a stretch of text, not counting the full stops of abbreviations ("U.S.", "Sen.", "Nov.")."""
    for m in SENTENCE_END.finditer(segment):
        word = LAST_WORD.search(segment, max(0, m.start() - 12), m.start()) if m.group()[0] == "." else None
        if word and (len(word.group()) == 1 and word.group().isupper() or word.group().lower() in ABBREVIATIONS):
            continue
        yield m


def opens(text: str, at: int) -> bool:
    """A mark opens a quote when it does not follow a letter or digit (so "Stoltenberg’s" and 5'10 do not)."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isalnum() and not after.isspace()


def closes(text: str, at: int, opener: str) -> bool:
    """A closing mark that is no apostrophe: single closers must not be followed by a letter."""
    if opener in "‘\"":
        after = text[at + 1] if at + 1 < len(text) else " "
        return not after.isalnum() and (opener != '"' or at == 0 or not text[at - 1].isspace())
    return True


class _Finder:
    """Finds the quotes of one article."""

    def __init__(self, doc: Doc, cast: Cast):
        self.doc, self.cast, self.text = doc, cast, doc.text
        self.cues = cues()
        self.roles = {role.split()[-1] for role in titles().roles}
        self.bodies = titles().organisation_nouns
        self.marked = marked_spans(self.text)
        self.quoted = [-1] * len(doc)             # token index -> index of the marked span it is inside
        self.spans: list[Span] = []
        for n, m in enumerate(self.marked):
            tokens = [self.doc.char_span(a, b, alignment_mode="expand") for a, b in m.parts]
            tokens = [t for t in tokens if t is not None and len(t)]
            self.spans.append(doc[tokens[0].start:tokens[-1].end] if tokens else doc[0:0])
            for t in tokens:
                self.quoted[t.start:t.end] = [n] * len(t)

    # -- direct and mixed ----------------------------------------------------------------------
    def fragments(self) -> set[int]:
        """The marked spans that are quoted terms or phrases inside a sentence, not quotations."""
        return {n for n, m in enumerate(self.marked) if self.is_fragment(m, self.words(m))}

    def words(self, m: _Marked) -> str:
        return " ".join(self.text[a:b].strip() for a, b in m.parts)

    def marked_quotes(self, fragments: set[int], reported: list[Quote]) -> list[Quote]:
        """One Quote per marked span that is a quotation (not a scare-quoted term). A quote with no cue continues the
        direct quote before it; one whose cue names no one continues the quote before it, direct or reported
        ("Reid's family said he was ... '...,' the statement said")."""
        quotes, previous, k = [], None, 0
        latest = None   # the latest quote of any kind before the current one
        for n, m in enumerate(self.marked):
            while k < len(reported) and reported[k].end <= m.start:
                latest = reported[k] if latest is None or reported[k].end > latest.end else latest
                k += 1
            if n in fragments:
                continue
            words = self.words(m).rstrip(", ")
            speaker, cue = self.direct_speaker(m)
            before = latest if cue is not None else previous
            if speaker is None and before is not None and self.near(before, m):
                speaker = before.speaker
            if speaker is None and len(words.split()) < FRAGMENT_WORDS:
                continue   # a short quoted label nobody said ('“senior administration official.”')
            quote = Quote(speaker=speaker, text=words, kind="direct", cue=cue, start=m.start, end=m.end)
            quotes.append(quote)
            previous = quote
            latest = quote if latest is None or quote.end > latest.end else latest
        return quotes

    def is_fragment(self, m: _Marked, words: str) -> bool:
        """Words quoted inside a running sentence: a few words with no sentence punctuation (a term or a quoted
        phrase), or any quote that opens in lower case right after a word ('said it was "committed to ... ."')."""
        if len(m.parts) > 1:
            return False
        lead = self.text[self.line_start(m.open_at):m.open_at].strip()
        if lead == "" or lead.endswith(":"):
            return False
        if words[:1].islower() and lead[-1:].isalnum():
            return True
        return len(words.split()) < FRAGMENT_WORDS and words.rstrip()[-1:] not in ".,!?…:;"

    def near(self, previous: Quote, m: _Marked) -> bool:
        """The quote before is at most FLOATING_PARAGRAPHS paragraph breaks away."""
        return len(re.findall(r"\n\s*", self.text[previous.end:m.start])) <= FLOATING_PARAGRAPHS

    def direct_speaker(self, m: _Marked) -> tuple[str | None, str | None]:
        """Speaker and cue from the text around the marks.

        After the quote first ('“…,” she said'; '“…?” he asked') unless the quote closed its own sentence
        or a colon introduced it ('Scholz said: “…”').
        """
        inner_end = self.text[m.start:m.end].rstrip()
        after = self.frame_after(m.close_at)
        if inner_end.endswith(".") or (inner_end.endswith(("?", "!", "…")) and after and not after[0].is_lower):
            after = []
        before = self.frame_before(m.open_at)
        colon = self.text[:m.open_at].rstrip().endswith(":")
        frames = [(before, True), (after, False)] if colon else [(after, False), (before, True)]
        for frame, reverse in frames:
            verbs = [t for t in frame if self.is_cue(t)]
            if verbs:
                verb = verbs[-1] if reverse else verbs[0]
                speaker = self.speaker_of(verb) or self.nearest_actor([t for t in frame if t.i < verb.i])
                return speaker, verb.text
        if colon:   # 'Baerbock: “…”'
            return self.nearest_actor(before), None
        return None, None

    def nearest_actor(self, tokens: list[Token]) -> str | None:
        """The name of the last person (else any actor) among tokens."""
        actors = [a for a in map(self.cast.actor_at, tokens) if a is not None]
        persons = [a for a in actors if a.type == "person"]
        return (persons or actors)[-1].name if actors else None

    def line_start(self, at: int) -> int:
        """Start of the paragraph around `at`, looking back at most FRAME_CHARS (keeps long paragraphs linear)."""
        return max(self.text.rfind("\n", max(0, at - FRAME_CHARS), at) + 1, at - FRAME_CHARS, 0)

    def line_end(self, at: int) -> int:
        end = self.text.find("\n", at, at + FRAME_CHARS)
        return min(len(self.text), at + FRAME_CHARS) if end < 0 else end

    def frame_before(self, at: int) -> list[Token]:
        """Tokens between the sentence start (or a previous quote, or paragraph start) and a quote's opening mark."""
        line_start = self.line_start(at)
        segment = self.text[line_start:at]
        stops = [m.end() for m in sentence_ends(segment)]
        start = line_start + (stops[-1] if stops else 0)
        span = self.doc.char_span(start, at, alignment_mode="contract")
        return [t for t in span if self.quoted[t.i] < 0] if span is not None else []

    def frame_after(self, at: int) -> list[Token]:
        """Tokens between a quote's closing mark and the end of its sentence, paragraph or the next quote."""
        line_end = self.line_end(at)
        segment = self.text[at:line_end]
        stop = next(sentence_ends(segment), None)
        end = at + (stop.start() + 1 if stop else len(segment))
        span = self.doc.char_span(at, end, alignment_mode="contract")
        tokens = []
        for t in span if span is not None else []:
            if self.quoted[t.i] >= 0 or t.text in CLOSERS:
                break
            tokens.append(t)
        return tokens

    def is_cue(self, token: Token) -> bool:
        return token.lemma_.lower() in self.cues.verbs and token.pos_ in ("VERB", "AUX")

    def subject_of(self, verb: Token) -> Token | None:
        """The subject of a reporting verb, or of the clause it hangs from ('X sidestepped ..., saying';
        'X implied ... by saying'), skipping subjects of those clauses that name no one; for an inverted
        or misparsed cue, an actor among its objects; for a participle, the sentence's first person."""
        token = verb
        for _ in range(CLIMB_STEPS):
            subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
            if subject is not None and (token.i == verb.i or self.credible(subject)):
                return subject
            if token.dep_ not in CLIMB_THROUGH:
                break
            token = token.head
        inverted = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod", "appos", "dative")
                         and self.cast.actor_at(c)), None)
        if inverted is not None:
            return inverted
        before = self.doc[verb.sent.start:verb.i]
        if verb.tag_ == "VBG":   # a participle's doer is the sentence's first person
            return next((t for t in before if (a := self.cast.actor_at(t)) and a.type == "person"), None)
        for t in reversed(before):   # misparsed: the nearest actor before the verb, no other verb between
            if t.pos_ == "VERB":
                return None
            if self.cast.actor_at(t):
                return t
        return None

    def speaker_of(self, verb: Token) -> str | None:
        """The name of a cue's subject; a subject inside quote marks is a misparse of the quote's own words."""
        subject = self.subject_of(verb)
        return self.name_of(subject) if subject is not None and self.quoted[subject.i] < 0 else None

    def name_of(self, token: Token) -> str | None:
        """The actor a subject refers to: itself, else a person named in it ('Kerr's lawyer, Marc Gottlieb' - not
        the possessor), else the noun phrase of a title or body ('a senior U.S. official', "Reid's family") or of an
        unknown name, else any actor in it. An institution speaks as itself ('White House', 'Saudi foreign ministry')."""
        institution = self.cast.institution_at(token)
        if institution is not None:
            return institution
        actor = self.cast.actor_at(token)
        if actor is not None:
            return actor.name
        owner = next((self.cast.actor_at(c) for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and token.lemma_.lower() in titles().speaking_for_owner:   # 'Netanyahu's office said'
            return owner.name
        owners = {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree}
        subtree = [t for t in token.subtree if t.i not in owners]
        persons = [a for a in map(self.cast.actor_at, subtree) if a is not None and a.type == "person"]
        if persons:
            return persons[0].name
        if token.pos_ == "PROPN" and token.ent_iob_ != "O":   # an unknown named body: its whole name
            entity = next(e for e in token.sent.ents if e.start <= token.i < e.end)
            return "".join(t.text_with_ws for t in entity if t.i not in owners).strip().removeprefix("the ") or None
        if token.lower_ not in UNRESOLVED and (token.pos_ == "PROPN" or token.lemma_.lower() in self.roles | self.bodies
                                               or token.tag_ == "NNS"):
            return self.noun_phrase(token) or None
        modifiers = [t for t in subtree if t.head.i == token.i and t.dep_ in ("compound", "amod", "nmod", "poss")]
        return next((a.name for a in map(self.cast.actor_at, modifiers) if a is not None), None)

    def noun_phrase(self, token: Token) -> str:
        """A speaker described, not named: the subject's words up to its head with its possessor ("Reid's family",
        'senior RSF adviser'), and for a plural its prepositional modifiers too ('residents of southern Khartoum',
        'families on the Riverside estate'), without determiners or articles."""
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det"
                 and (t.dep_ != "punct" or t.text == "-")]
        words = [t for t in words if not (t.dep_ == "poss" and t.tag_ == "PRP$")]   # 'their solicitor': no owner named
        if token.tag_ == "NNS":   # one prepositional modifier, without the ones nested in it ('... estate in Northfield')
            for c in (c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1):
                nested = {t.i for o in c.children for p in o.children if p.dep_ == "prep" for t in p.subtree}
                words += [t for t in c.subtree if t.i not in nested]
        return "".join(t.text_with_ws for t in words).strip()

    # -- indirect ------------------------------------------------------------------------------
    def reported_quotes(self, fragments: set[int]) -> tuple[list[Quote], set[int]]:
        """'X said (that) ...' and 'according to X, ...' outside quote marks; a clause with a quoted fragment is mixed."""
        quotes, used = [], set()
        for token in self.doc:
            if self.quoted[token.i] >= 0:
                continue
            if self.is_cue(token):
                clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
                subject = self.subject_of(token)
                if clause is None or not self.reports(token, clause) or not self.credible(subject):
                    continue
                speaker, content, cue = self.name_of(subject), self.content(token, clause), token.text
            elif (found := self.phrase_source(token)) is not None:
                phrase, source = found
                if not self.credible(source):
                    continue
                speaker, content, cue = self.name_of(source), self.around(token), phrase
            else:
                continue
            if content is None:
                continue
            inside = {self.quoted[i] for i in range(content.start, content.end)} - {-1}
            if inside - fragments:
                continue   # the clause is a direct quote: its cue was already taken
            used |= inside
            quotes.append(Quote(speaker=speaker, text=MARKS.sub("", content.text).strip(), kind="mixed" if inside else "indirect",
                                cue=cue, start=content.start_char, end=content.end_char))
        return quotes, used

    def content(self, verb: Token, clause: Token) -> Span | None:
        """The reported clause without a leading 'that' or punctuation, within the cue's paragraph.

        A clause after the verb runs to the end of the verb's phrase so that coordinated complements
        ('said it was hard ... and that her country was prepared ...') stay in.
        """
        start = clause.left_edge.i
        end = (verb.right_edge.i if clause.i > verb.i else clause.right_edge.i) + 1
        paragraph_start, paragraph_end = self.line_start(verb.idx), self.line_end(verb.idx)
        while start < end and (self.doc[start].idx < paragraph_start or self.doc[start].is_punct or self.doc[start].is_space
                               or (self.doc[start].lower_ == "that" and self.doc[start].dep_ == "mark")):
            start += 1
        while end > start and (self.doc[end - 1].idx >= paragraph_end or self.doc[end - 1].is_punct
                               or self.doc[end - 1].is_space):
            end -= 1
        return self.doc[start:end] if end - start >= 2 else None

    def reports(self, verb: Token, clause: Token) -> bool:
        """A speech act that happened: not 'to say', not an open question ('say whether ...')."""
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        question = clause.left_edge.lower_ in ("whether", "if") or any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)
        return not infinitive and not question

    def credible(self, subject: Token | None) -> bool:
        """A reported-speech source worth a quote: a resolved actor or a person by role ('a spokesman')."""
        if subject is None:
            return False
        return (any(self.cast.actor_at(t) for t in subject.subtree)
                or subject.lemma_.lower() in self.roles | self.bodies or subject.pos_ == "PROPN")

    def phrase_source(self, token: Token) -> tuple[str, Token] | None:
        """A prepositional cue starting at `token` and its source, the object of its last word ('according to [X]')."""
        for phrase in self.cues.phrases:
            if token.lower_ == phrase[0] and [t.lower_ for t in self.doc[token.i:token.i + len(phrase)]] == list(phrase):
                last = self.doc[token.i + len(phrase) - 1]
                source = next((c for c in last.children if c.dep_ == "pobj"), None)
                return (" ".join(phrase), source) if source is not None else None
        return None

    def around(self, token: Token) -> Span | None:
        """The sentence a prepositional cue sits in, without the cue phrase: its longer side."""
        sent = token.sent
        phrase = list(token.subtree)
        first, last = min(t.i for t in phrase), max(t.i for t in phrase) + 1
        left, right = self.doc[sent.start:first], self.doc[last:sent.end]
        side = left if len(left) > len(right) else right
        start, end = side.start, side.end
        if side is right:   # 'According to the director, Mark Smith, the company ...': skip the source's apposition
            verb = next((t.i for t in right if t.pos_ in ("VERB", "AUX")), end)
            commas = [t.i for t in self.doc[start:verb] if t.text == ","]
            start = commas[-1] + 1 if commas else start
        while start < end and (self.doc[start].is_punct or self.doc[start].is_space):
            start += 1
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        return self.doc[start:end] if end - start >= 3 else None

    def fragment_quotes(self, fragments: set[int]) -> list[Quote]:
        """A quoted phrase governed by a reporting verb ('threatened “severe consequences”') is a mixed quote."""
        quotes = []
        for n in sorted(fragments):
            span, m = self.spans[n], self.marked[n]
            if not len(span):
                continue
            head, steps = span.root.head, 0
            while steps < 4 and not self.is_cue(head) and head.i != head.head.i:
                head, steps = head.head, steps + 1
            if self.is_cue(head) and self.quoted[head.i] < 0:
                quotes.append(Quote(speaker=self.speaker_of(head), text=self.text[m.start:m.end], kind="mixed",
                                    cue=head.text, start=m.start, end=m.end))
        return quotes


def find_quotes(doc: Doc, cast: Cast) -> list[Quote]:
    """Every quote of an article in text order, speakers resolved through the article's cast."""
    finder = _Finder(doc, cast)
    fragments = finder.fragments()
    reported, used = finder.reported_quotes(fragments)
    mixed = finder.fragment_quotes(fragments - used)
    direct = finder.marked_quotes(fragments, sorted(reported + mixed, key=lambda q: q.end))
    return sorted(direct + reported + mixed, key=lambda q: q.start)
