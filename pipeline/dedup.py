"""Near-duplicate articles: the same wire story republished with small edits.

MinHash signatures of word shingles, found through an LSH index. Each article's state is its
signature as bytes (num_perm x 4 bytes) and when it was seen, so a faust table can hold them and the
index is rebuilt from it on restart with add(); nothing else needs saving. Copies of a wire story
appear within hours or days, so articles older than a window are forgotten (`seen_before`, `remove`):
the index would otherwise grow with every article ever read.
"""
from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+")
SCHEME = "affine32"   # hash values below 2**32: four bytes each


class NearDuplicates:
    """Remembers articles and names, for a new one, an earlier article it nearly copies."""

    def __init__(self, threshold: float = 0.5, num_perm: int = 128, shingle_words: int = 3, seed: int = 1):
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_words = shingle_words
        self.seed = seed
        # The hash permutations depend on the seed alone: drawn once, not for each MinHash made.
        self._permutations = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[str, np.ndarray] = {}
        self._arrival: dict[str, int] = {}
        self._arrivals = 0
        self._seen_at: dict[str, float] = {}

    def signature(self, text: str) -> bytes | None:
        """The article's MinHash as bytes; None when it is too short to have shingles."""
        words = WORD.findall(text.casefold())
        if len(words) < self.shingle_words:
            return None
        shingles = {" ".join(words[i:i + self.shingle_words]).encode()
                    for i in range(len(words) - self.shingle_words + 1)}
        minhash = MinHash(num_perm=self.num_perm, seed=self.seed, scheme=SCHEME, permutations=self._permutations)
        minhash.update_batch(shingles)
        return minhash.hashvalues.astype(np.uint32).tobytes()

    def check(self, article_id: str, text: str, at: float = 0.0) -> tuple[str | None, bytes | None]:
        """(id of an earlier near-copy or None, this article's signature to store); the article
        is remembered as seen at `at` (seconds). A redelivered article is never its own duplicate."""
        signature = self.signature(text)
        if signature is None:
            return None, None
        return self.find(article_id, signature), self.add(article_id, signature, at)

    def find(self, article_id: str, signature: bytes) -> str | None:
        """The earliest remembered article before this one whose estimated Jaccard similarity
        reaches the threshold."""
        query = self._minhash(signature)
        values = query.hashvalues
        candidates = [c for c in self._lsh.query(query) if c != article_id]
        similar = [c for c in candidates if np.mean(self._signatures[c] == values) >= self.threshold]
        if article_id in self._arrival:   # redelivered: only what came before it counts
            similar = [c for c in similar if self._arrival[c] < self._arrival[article_id]]
        return min(similar, key=self._arrival.__getitem__, default=None)

    def add(self, article_id: str, signature: bytes, at: float = 0.0) -> bytes:
        """Remember an article seen at `at` (idempotent); also how the index is rebuilt from saved state."""
        if article_id not in self._signatures:
            minhash = self._minhash(signature)
            self._lsh.insert(article_id, minhash)
            self._signatures[article_id] = minhash.hashvalues
            self._arrival[article_id] = self._arrivals
            self._arrivals += 1
            self._seen_at[article_id] = at
        return signature

    def seen_before(self, cutoff: float) -> list[str]:
        """The articles remembered as seen before `cutoff`: those a window ending now has let go."""
        return [article_id for article_id, at in self._seen_at.items() if at < cutoff]

    def remove(self, article_id: str) -> None:
        """Forget an article, e.g. when it falls out of the window a caller keeps."""
        if self._signatures.pop(article_id, None) is not None:
            del self._arrival[article_id], self._seen_at[article_id]
            self._lsh.remove(article_id)

    def __len__(self) -> int:
        return len(self._signatures)

    def _minhash(self, signature: bytes) -> MinHash:
        values = np.frombuffer(signature, dtype=np.uint32).astype(np.uint64)
        if len(values) != self.num_perm:
            raise ValueError(f"signature has {len(values)} values, index uses {self.num_perm}")
        return MinHash(num_perm=self.num_perm, seed=self.seed, hashvalues=values, scheme=SCHEME,
                       permutations=self._permutations)
