"""Actors a newsroom can trust: normalised codes, persons with role and affiliation, mentions resolved."""
import json
from pathlib import Path

import pytest

from pipeline.actors import find_actors
from pipeline.nlp import load_nlp

SEED = Path(__file__).resolve().parent / "data" / "seed.gold.jsonl"
CORPORATE = """Acme shares fall after profit warning

The company's chief executive, Jane Doe, said on Tuesday that sales had slowed sharply in Europe.

“We did not see this coming,” Doe told analysts. “We are cutting costs across the group,” she added.

According to the finance director, Mark Smith, the company will close three plants in Germany."""
DIPLOMACY = """The Chinese foreign ministry spokesman, Wang Wenbin, rejected the criticism from Washington.
“The United States should stop interfering,” Wang said. The Kremlin said it backed Beijing, and Kyiv said nothing."""


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def seed_text() -> str:
    return json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])["text"]


def token(doc, text, nth=0):
    return [t for t in doc if t.text == text][nth]


def test_states_and_organisations_are_normalised_to_codes(nlp):
    doc = nlp(seed_text())
    actors = {a.name: a for a in find_actors(doc).actors()}
    assert actors["Russia"].code == "RUS" and actors["Russia"].type == "country"
    assert actors["Moldova"].code == "MDA" and actors["Ukraine"].code == "UKR"
    assert actors["NATO"].code == "NATO" and actors["NATO"].type == "organization"
    assert actors["European Union"].code == "EU"


def test_persons_get_full_name_role_and_affiliation(nlp):
    doc = nlp(seed_text())
    persons = {a.name: a for a in find_actors(doc).actors() if a.type == "person"}
    assert persons["Jens Stoltenberg"].affiliation == "NATO"
    assert persons["Jens Stoltenberg"].role == "secretary general"
    assert persons["Annalena Baerbock"].affiliation == "DEU"
    assert persons["Annalena Baerbock"].role == "foreign minister"
    assert persons["Olaf Scholz"].affiliation == "DEU"
    assert {"Stoltenberg", "Baerbock", "Lavrov", "Kyiv", "Moldova"}.isdisjoint(persons)


def test_demonyms_metonyms_and_capitals_resolve_to_states(nlp):
    doc = nlp(DIPLOMACY)
    cast = find_actors(doc)
    assert cast.code_at(token(doc, "Kremlin")) == "RUS"
    assert cast.code_at(token(doc, "Kyiv")) == "UKR"
    assert cast.code_at(token(doc, "Washington")) == "USA"
    assert cast.code_at(token(doc, "Beijing")) == "CHN"
    assert cast.code_at(token(doc, "Chinese")) == "CHN"


def test_surnames_titles_and_pronouns_resolve_to_the_person(nlp):
    doc = nlp(seed_text())
    cast = find_actors(doc)
    assert cast.actor_at(token(doc, "Baerbock", 1)).name == "Annalena Baerbock"
    assert cast.code_at(token(doc, "Baerbock", 1)) == "DEU"
    she = next(t for t in doc if t.text == "she")
    assert cast.actor_at(she).name == "Annalena Baerbock"
    general = next(t for t in doc if t.text == "general" and t.nbor(-1).text == "secretary")
    assert cast.actor_at(general).name == "Jens Stoltenberg"
    lavrov_he = next(t for t in doc if t.text == "he" and t.nbor(-1).text == "said" and t.nbor(-2).text == "Lavrov")
    assert cast.actor_at(lavrov_he).name == "Sergey Lavrov"


def test_pronoun_follows_gender_and_family_name_first(nlp):
    doc = nlp(CORPORATE + "\n\n" + DIPLOMACY)
    cast = find_actors(doc)
    assert cast.actor_at(token(doc, "she")).name == "Jane Doe"
    assert cast.actor_at(token(doc, "Doe", 1)).name == "Jane Doe"
    assert cast.actor_at(token(doc, "Wang", 1)).name == "Wang Wenbin"
    persons = {a.name: a for a in cast.actors() if a.type == "person"}
    assert persons["Jane Doe"].role == "chief executive"
    assert persons["Wang Wenbin"].affiliation == "CHN"
    assert persons["Jane Doe"].mentions == 4


def test_well_known_people_get_full_name_affiliation_and_gender_from_the_data(nlp):
    doc = nlp("Putin met Erdogan in Sochi. Later, Zelenskyy said Kyiv would not cede land, and Zelensky's aides agreed. "
              "Merkel said she had warned Mr Netanyahu.")
    cast = find_actors(doc)
    assert cast.actor_at(token(doc, "Putin")).name == "Vladimir Putin" and cast.code_at(token(doc, "Putin")) == "RUS"
    assert cast.code_at(token(doc, "Erdogan")) == "TUR"
    assert cast.actor_at(token(doc, "Zelenskyy")) is cast.actor_at(token(doc, "Zelensky"))   # two spellings, one man
    assert cast.actor_at(token(doc, "Zelensky")).name == "Volodymyr Zelenskyy"
    assert cast.actor_at(token(doc, "she")).name == "Angela Merkel"                          # gender from the data
    assert cast.code_at(token(doc, "Netanyahu")) == "ISR"


def test_a_known_name_that_opens_with_a_title_is_the_known_person(nlp):
    """NER may leave the title out of `King Salman`: the lone `Salman` is still the king of people.json."""
    doc = nlp("Kuwait's emir flew to Jeddah for talks with King Salman, the state news agency reported.")
    salman = find_actors(doc).actor_at(token(doc, "Salman"))
    assert (salman.name, salman.affiliation) == ("King Salman", "SAU")


def test_a_name_introduced_in_full_wins_over_the_data(nlp):
    doc = nlp("Paul Johnson, the director of the Institute for Fiscal Studies, criticised the budget. "
              "Johnson said the plans were risky.")
    cast = find_actors(doc)
    johnson = cast.actor_at(token(doc, "Johnson", 1))
    assert johnson.name == "Paul Johnson" and johnson.affiliation is None


def test_state_bodies_and_metonyms_carry_the_state_code(nlp):
    doc = nlp("The Pentagon said the drills were routine. Russia's defence ministry said its jets had intercepted "
              "the aircraft, and the Israeli military said it was reviewing the incident.")
    cast = find_actors(doc)
    assert cast.code_at(token(doc, "Pentagon")) == "USA" and cast.institution_at(token(doc, "Pentagon")) == "Pentagon"
    assert cast.code_at(token(doc, "ministry")) == "RUS"
    assert cast.institution_at(token(doc, "ministry")) == "Russia's defence ministry"
    assert cast.code_at(token(doc, "military")) == "ISR"


def test_a_singular_demonym_noun_is_a_person_not_the_state(nlp):
    """'the Spaniard' on a sports page is a player: no Spain to raise an alert about. Plurals stay the state."""
    doc = nlp("The Spaniard won a long battle of attrition against the Serb in the final.")
    assert find_actors(doc).actors() == []
    doc = nlp("The Russians massed troops near the border, a Briton living in the area said.")
    assert [a.code for a in find_actors(doc).actors()] == ["RUS"]


def test_a_typographic_apostrophe_names_the_same_state(nlp):
    """Publishers print `People’s`: the gazetteer's `People's Republic` names match it."""
    doc = nlp("Troops from the Democratic People\u2019s Republic of Korea crossed into Russia\u2019s Kursk region.")
    assert find_actors(doc).code_at(token(doc, "Korea")) == "PRK"


def test_two_states_that_share_a_name_are_both_coded(nlp):
    """`North and South Korea`: the word before `and` takes the rest of the name after it."""
    doc = nlp("North and South Korea exchanged fire across the border.")
    cast = find_actors(doc)
    assert (cast.code_at(token(doc, "North")), cast.code_at(token(doc, "Korea"))) == ("PRK", "KOR")


def test_congo_is_the_democratic_republic_and_its_neighbour_is_named_in_full(nlp):
    """News writes `Congo` and `the Democratic Republic of Congo` for Kinshasa, `the Republic of Congo` for
    Brazzaville."""
    doc = nlp("The Democratic Republic of Congo said M23 rebels had seized a town in eastern Congo.")
    cast = find_actors(doc)
    assert {cast.code_at(t) for t in doc if t.text == "Congo"} == {"COD"}
    doc = nlp("Troops from the Republic of Congo crossed the river.")
    assert find_actors(doc).code_at(token(doc, "Congo")) == "COG"


def test_small_states_demonyms_and_capitals_resolve_to_states(nlp):
    """Belize, the Caribbean and Pacific island states: a `Belizean` counterpart is Belize's."""
    doc = nlp("The Belizean foreign minister met Tongan and Samoan officials in Honiara and flew on to Port Vila.")
    cast = find_actors(doc)
    assert cast.code_at(token(doc, "Belizean")) == "BLZ"
    assert cast.code_at(token(doc, "Tongan")) == "TON" and cast.code_at(token(doc, "Samoan")) == "WSM"
    assert cast.code_at(token(doc, "Honiara")) == "SLB" and cast.code_at(token(doc, "Vila")) == "VUT"


def test_the_african_unions_peace_and_security_council_is_the_au_not_the_un(nlp):
    """`The Peace and Security Council of the African Union`: the AU's organ, which the UN Security Council's
    shorter alias inside it must not claim."""
    doc = nlp("The Peace and Security Council suspended Guinea from all AU activities, while the Security Council "
              "met in New York.")
    cast = find_actors(doc)
    assert cast.code_at(token(doc, "Peace")) == "AU"
    assert cast.code_at(token(doc, "Council", 1)) == "UNSC"


def test_the_peoples_liberation_army_is_chinas(nlp):
    """`The PLA's Western Theatre Command has staged live-fire drills`: China's army, by its name and its initials."""
    doc = nlp("The PLA's Eastern Theatre Command said the People's Liberation Army held drills near Taiwan.")
    cast = find_actors(doc)
    assert cast.code_at(token(doc, "PLA")) == "CHN" and cast.code_at(token(doc, "Army")) == "CHN"
