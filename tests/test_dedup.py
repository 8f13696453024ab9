"""Near-duplicates: the same wire story with small edits is found, a different story is not, and
the index survives a restart from its saved state and lets go of what is older than its window."""
from pipeline.dedup import NearDuplicates

STORY = """KYIV, Ukraine — Russian forces launched a wave of drone and missile attacks on Ukraine's energy
infrastructure overnight, knocking out power to hundreds of thousands of homes, officials said on Tuesday.

The air force said it had shot down 31 of 40 drones and 12 of 18 cruise missiles. Damage was reported in
the Kharkiv, Dnipropetrovsk and Odesa regions, where emergency crews worked through the night.

"The enemy is again trying to leave Ukrainians without light and heat before winter," the energy minister
said in a statement, adding that repairs would take several days.

Ukraine has asked its Western partners for more air defence systems, and the defence minister is due to
meet his counterparts in Brussels later this week to discuss further deliveries."""

EDITED = (STORY.replace("on Tuesday", "on Wednesday").replace("31 of 40", "32 of 40")
          .replace("emergency crews worked", "rescue crews worked")
          + "\n\nThis story has been updated with the latest figures.")

OTHER = """GENEVA — Negotiators from Armenia and Azerbaijan met in Geneva on Monday for a third round of talks on a
peace treaty, the Swiss foreign ministry said, with border demarcation and transport links on the agenda.

Both delegations described the talks as constructive, but no date was set for a further meeting. The
European Union has offered to host the next round in Brussels."""


def test_edited_copy_of_a_wire_story_is_a_duplicate_and_another_story_is_not():
    index = NearDuplicates()
    assert index.check("wire-1", STORY)[0] is None
    assert index.check("wire-1-update", EDITED)[0] == "wire-1"
    assert index.check("other", OTHER)[0] is None


def test_redelivered_article_is_not_its_own_duplicate():
    index = NearDuplicates()
    index.check("wire-1", STORY)
    assert index.check("wire-1", STORY)[0] is None
    assert len(index) == 1


def test_index_is_rebuilt_from_saved_signatures():
    index = NearDuplicates()
    saved = {article_id: index.check(article_id, text)[1] for article_id, text in (("wire-1", STORY), ("other", OTHER))}
    assert all(isinstance(sig, bytes) and len(sig) == 128 * 4 for sig in saved.values())
    restored = NearDuplicates()
    for article_id, signature in saved.items():
        restored.add(article_id, signature)
    assert restored.check("wire-1-update", EDITED)[0] == "wire-1"
    restored.remove("wire-1")
    assert restored.find("again", restored.signature(EDITED)) == "wire-1-update"


def test_a_story_older_than_the_window_is_let_go_and_its_copy_is_no_longer_a_duplicate():
    index = NearDuplicates()
    index.check("wire-1", STORY, at=1_000.0)
    index.check("other", OTHER, at=90_000.0)
    assert index.seen_before(50_000.0) == ["wire-1"]
    for article_id in index.seen_before(50_000.0):
        index.remove(article_id)
    assert len(index) == 1
    assert index.check("wire-1-update", EDITED, at=100_000.0)[0] is None


def test_text_too_short_for_shingles_is_not_indexed():
    index = NearDuplicates()
    assert index.check("tiny", "Ceasefire") == (None, None)
    assert len(index) == 0
