"""Escalation signals on sentences the lexicons were not written from: type, status, direction, quiet news."""
import json
from functools import partial
from pathlib import Path

import pytest

from pipeline.actors import find_actors
from pipeline.extract import analyze_doc
from pipeline.nlp import load_nlp
from pipeline.signals import find_signals, notice_reading

QUIET_NEWS = Path(__file__).parent / "data" / "quiet_news.jsonl"


def signals(text):
    doc = load_nlp()(text)
    return find_signals(doc, find_actors(doc))


def escalating(text):
    """The signals of a text that would raise an escalation alert: what news without conflict must never yield."""
    return [s for s in signals(text) if s.escalates]


def escalating_of(text, kind):
    """The escalations of one kind a text yields."""
    return [s for s in escalating(text) if s.type == kind]


def strongest(text):
    """The most confident signal of a text: the one whose PLOVER category the scorer reads as the sentence's."""
    return max(signals(text), key=lambda s: s.confidence)


def one(text, kind):
    found = [s for s in signals(text) if s.type == kind]
    assert found, f"no {kind} in {text!r}: {signals(text)}"
    return max(found, key=lambda s: s.confidence)


@pytest.mark.parametrize("text, kind, status, dyad, plover", [
    ("Russia has massed troops near the border with Ukraine.", "troop_buildup", "actual", "RUS>UKR", "MOBILIZE"),
    ("Moscow announced a partial mobilisation of reservists on Wednesday.", "mobilization", "actual", "RUS>?", "MOBILIZE"),
    ("China held live-fire military exercises near Taiwan on Saturday.", "military_exercise", "actual", "CHN>TWN",
     "MOBILIZE"),
    ("Poland sent tanks and ammunition to Ukraine last month.", "arms_delivery", "actual", "POL>UKR", "AID"),
    ("Portugal has handed over its fourth package of defence materiel to Ukraine.", "arms_delivery", "actual",
     "PRT>UKR", "AID"),
    ("The European Union imposed sanctions on Iran over its nuclear programme.", "sanctions", "actual", "EU>IRN",
     "SANCTION"),
    ("Lithuania expelled three Russian diplomats on Monday.", "diplomatic_rupture", "actual", "LTU>RUS", "SANCTION"),
    ("North Korea fired artillery shells at South Korea's border islands.", "attack", "actual", "PRK>KOR", "ASSAULT"),
    ("Iran invaded Iraq in 1980.", "attack", "actual", "IRN>IRQ", "ASSAULT"),
    ("Chinese hackers carried out a cyberattack on India's power grid.", "cyberattack", "actual", "CHN>IND",
     "ASSAULT"),
    ("France held talks with Algeria in Paris on Tuesday.", "talks", "actual", "FRA>DZA", "CONSULT"),
    ("Armenia and Azerbaijan signed a ceasefire agreement in Moscow.", "agreement", "actual", "ARM>AZE", "AGREE"),
])
def test_each_type_with_its_direction(text, kind, status, dyad, plover):
    signal = one(text, kind)
    assert (signal.status, signal.dyad, signal.plover) == (status, dyad, plover)
    assert text[signal.start:signal.end] == signal.evidence
    assert 0.0 <= signal.confidence <= 1.0


@pytest.mark.parametrize("text, kind, status", [
    ("Japan will send air defence systems to the Philippines next year.", "arms_delivery", "planned"),
    ("The United States is due to hold talks with China on Friday.", "talks", "planned"),
    ("Britain warned Russia it would face sanctions if it invaded Ukraine.", "sanctions", "threatened"),
    ("Turkey would impose sanctions on Syria in the event of an attack.", "sanctions", "threatened"),
    ("Estonia called for new sanctions against Belarus.", "sanctions", "proposed"),
    ("Norway offered to host negotiations between Colombia and Venezuela.", "talks", "proposed"),
    ("Germany would not provide weapons to Ukraine, the minister said.", "arms_delivery", "denied"),
    ("Hungary ruled out sanctions on Russian gas.", "sanctions", "denied"),
    ("Sweden refused to supply arms to Turkey.", "arms_delivery", "denied"),
    ("A new law would allow Ireland to send weapons to Moldova.", "arms_delivery", "hypothetical"),
    ("NATO's main task is to prevent an attack on Lithuania.", "attack", "hypothetical"),
    ("Analysts fear a Chinese invasion of Taiwan.", "attack", "hypothetical"),
    ("Should Russia invade Ukraine, the West will respond.", "attack", "hypothetical"),
])
def test_status_comes_from_the_words_governing_the_trigger(text, kind, status):
    assert one(text, kind).status == status


def test_threat_of_a_measure_is_that_measure_threatened():
    signal = one("Iran threatened to cut off oil exports to Japan.", "sanctions")
    assert (signal.status, signal.plover, signal.dyad) == ("threatened", "THREATEN", "IRN>JPN")
    assert not [s for s in signals("Iran threatened to cut off oil exports to Japan.") if s.type == "threat"]


def test_threat_of_force_is_a_threat():
    signal = one("Serbia threatened military action against Kosovo.", "threat")
    assert (signal.plover, signal.dyad) == ("THREATEN", "SRB>XKX") or signal.source.code == "SRB"


def test_refusal_is_coded_reject():
    assert one("Austria will not send weapons to Ukraine.", "arms_delivery").plover == "REJECT"


def test_unconfirmed_reports_are_hedged_without_changing_status():
    signal = one("According to unconfirmed reports, Russia has deployed troops to Belarus.", "troop_buildup")
    assert signal.hedged and signal.status == "actual"


def test_direction_comes_from_the_parse_not_word_order():
    assert one("Ukraine was attacked by Russia overnight.", "attack").dyad == "RUS>UKR"
    assert one("The Russian military buildup near Ukraine continued.", "troop_buildup").source.code == "RUS"
    assert one("Ukraine received howitzers from Canada.", "arms_delivery").dyad == "CAN>UKR"


def test_joint_exercise_is_cooperation():
    signal = one("Russia and China began joint naval drills in the Sea of Japan.", "military_exercise")
    assert signal.plover == "COOPERATE"


@pytest.mark.parametrize("text", [
    "The striker led Liverpool's attack and scored twice against Everton.",
    "Rising energy costs are a threat to profits at European chemical makers.",
    "Shell said oil drilling in the North Sea would continue next year.",
    "The Premier League sanctioned Chelsea with a fine for breaching financial rules.",
    "Executives can exercise their share options after four years.",
    "The fire drill at the school went smoothly, the headteacher said.",
    "A heart attack forced the actor to pull out of the show.",
    "China's exports rose 8% in November, beating forecasts.",
])
def test_everyday_words_are_not_signals(text):
    assert not escalating(text), signals(text)


def test_quiet_news_raises_almost_nothing():
    lines = [json.loads(line) for line in QUIET_NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = load_nlp().pipe(line["text"] for line in lines)
    alarms = sum(s.escalates for doc in docs for s in find_signals(doc, find_actors(doc)))
    assert alarms <= len(lines) * 0.005


@pytest.mark.parametrize("text, kind, status, plover", [
    ("Norway offered to host negotiations between Colombia and Venezuela.", "talks", "proposed", "AGREE"),
    ("Kenya will impose a trade embargo on Somalia next month.", "sanctions", "planned", "THREATEN"),
    ("Estonia called for new sanctions against Belarus.", "sanctions", "proposed", "REQUEST"),
    ("Britain said Russia must withdraw its troops from Georgia.", "agreement", "proposed", "REQUEST"),
    ("Analysts fear a Chinese invasion of Taiwan.", "attack", "hypothetical", ""),
])
def test_plover_codes_intentions_as_event_coders_do(text, kind, status, plover):
    """An offer to cooperate is AGREE, an announced coercive measure THREATEN (as the PLOVER gold standard
    codes `would boycott`, `will withdraw`), a call on others REQUEST, a feared event no event at all."""
    signal = one(text, kind)
    assert (signal.status, signal.plover) == (status, plover)


@pytest.mark.parametrize("text, plover", [
    ("Japan sent emergency food aid to Bangladesh on Monday.", "AID"),
    ("Ecuador granted political asylum to the exiled opposition leader.", "AID"),
    ("The government of Chad lifted the curfew in the capital.", "YIELD"),
    ("The opposition alliance agreed to postpone its rally in Nairobi.", "AGREE"),
])
def test_cooperative_acts_of_one_party(text, plover):
    """Aid, concessions and agreements need only the party that acts; they are reported as `agreement`."""
    signal = one(text, "agreement")
    assert signal.plover == plover and not signal.escalates


def test_a_measure_suspended_is_the_sanction_not_the_measure():
    found = signals("Canada suspended humanitarian aid deliveries to Eritrea.")
    assert [s.plover for s in found] == ["SANCTION"], found


def test_a_party_without_a_code_in_a_military_sentence():
    signal = one("Armed militiamen attacked a refugee camp near the border, killing 12 civilians.", "attack")
    assert signal.source is not None and signal.source.code is None and "militiamen" in signal.source.name


def test_it_in_reported_speech_is_the_reporting_state():
    assert one("Nigeria announced that it would withdraw its peacekeepers from Chad.",
               "diplomatic_rupture").dyad == "NGA>TCD"


@pytest.mark.parametrize("text", [
    "The Israeli cabinet met on Sunday.",
    "Germany called for a return to dialogue.",
])
def test_talks_need_a_counterpart_and_a_party_to_them(text):
    assert not [s for s in signals(text) if s.type == "talks"], signals(text)


@pytest.mark.parametrize("text", [
    "Dockworkers in Rotterdam began a general strike on Monday, halting container traffic at the port.",
    "Opposition activists held by the army started a hunger strike to protest their detention.",
    "The senator urged voters to mobilise against the new tax bill before the army budget vote.",
    "The ruling party mobilized pressure groups abroad to lobby for the military spending bill.",
    "The withdrawal of the invasion forces from the island was completed on Friday.",
    "Spain bought twelve attack helicopters from France for its army.",
])
def test_words_that_only_look_like_escalation(text):
    assert not [s for s in signals(text) if s.type in ("attack", "mobilization")]


def test_mobilising_troops_is_mobilization():
    signal = one("Armenia mobilised its reserve troops after the border clashes with Azerbaijan.", "mobilization")
    assert signal.plover == "MOBILIZE"


def test_lifting_sanctions_is_a_concession_not_a_sanction():
    found = signals("Canada cancelled its restrictions on imports from Cuba on Tuesday.")
    assert not [s for s in found if s.type == "sanctions"]
    assert [s for s in found if s.type == "agreement"]


def test_lifting_sanctions_out_of_the_question_is_no_sanction():
    found = signals("Britain said that removing the sanctions on Belarus is out of the question for now.")
    assert not [s for s in found if s.type == "sanctions" and s.status == "actual"]


def test_suspending_aid_is_a_sanction():
    signal = one("The Swedish government suspended aid deliveries to Nicaragua after the army fired on protesters.", "sanctions")
    assert (signal.dyad, signal.plover) == ("SWE>NIC", "SANCTION")


def test_an_attack_blamed_on_someone_is_the_accusation():
    found = signals("Syria blamed Turkey for the bombing of a border village on Sunday.")
    assert not [s for s in found if s.type == "attack"]


def test_a_conditional_offer_to_talk_is_an_offer():
    signal = one("Sudanese rebel leaders said they would meet Chad's envoy if the army stopped its offensive.", "talks")
    assert signal.status == "proposed" and signal.plover == "AGREE"


def test_conjoined_flags_make_an_exercise_joint():
    signal = one("Indian and French warships began naval exercises in the Arabian Sea on Monday.", "military_exercise")
    assert signal.plover == "COOPERATE"


def test_a_named_person_offering_talks_is_the_party():
    signal = one("Erdogan offered to negotiate with the president of Azerbaijan next week.", "talks")
    assert signal.plover == "AGREE" and signal.target.code == "AZE"


def test_sanctions_target_is_not_the_state_attacked():
    signal = one("Japan imposed sanctions to punish the Kremlin leader for his war against Ukraine.", "sanctions")
    assert signal.source.code == "JPN" and (signal.target is None or signal.target.code != "UKR")


def test_sanctions_on_a_company_do_not_fall_back_to_another_state():
    text = "Australia sanctioned Volga Dynamics, which makes rifles used by soldiers in Ukraine."
    signal = one(text, "sanctions")
    assert signal.target is None or signal.target.code != "UKR"


PLOVER_DEV = Path(__file__).parent / "data" / "plover_dev.jsonl"
CATEGORIES = ("SANCTION", "MOBILIZE", "THREATEN", "AID", "CONSULT", "AGREE", "ASSAULT")


def top_plover(text):
    """The PLOVER category of a sentence's most confident signal (the first on a tie), as the sentence scorer reads it."""
    coded = [s for s in signals(text) if s.plover]
    return max(coded, key=lambda s: s.confidence).plover if coded else None


@pytest.mark.parametrize("text, plover", [
    ("Morocco recalled its ambassador from Algiers on Thursday.", "SANCTION"),
    ("Kuwait froze the bank accounts of three Iranian shipping firms.", "SANCTION"),
    ("Nigeria suspended all flights to Ghana after the dispute over traders.", "SANCTION"),
    ("Eritrea forced the UN peacekeeping mission out of the country in 2008.", "SANCTION"),
    ("Uganda moved two army battalions to its border with South Sudan.", "MOBILIZE"),
    ("Syria placed its forces on the highest state of alert on Sunday.", "MOBILIZE"),
    ("Iraq threatened to cut off oil exports to Jordan.", "THREATEN"),
    ("The Security Council gave the junta two weeks to hand over power or face an arms embargo.", "THREATEN"),
    ("Algeria warned Morocco it would retaliate if its border posts were attacked.", "THREATEN"),
    ("The Ghanaian foreign minister held a talk with his Ivorian counterpart in Accra.", "CONSULT"),
    ("Finland's president phoned his Estonian counterpart on Friday.", "CONSULT"),
    ("Brazil said it would back the UN resolution on Haiti.", "AGREE"),
    ("Peru and Ecuador signed a border accord in Brasilia.", "AGREE"),
])
def test_news_wording_beyond_the_lexicon_examples(text, plover):
    assert top_plover(text) == plover


@pytest.mark.parametrize("text", [
    "The league suspended the match after crowd trouble in Madrid.",
    "Germany suspended its vaccine rollout on Monday.",
    "Thousands of students marched through Santiago against tuition fees.",
    "Japan warned of heavy snow in the north this weekend.",
])
def test_everyday_suspensions_and_warnings_are_not_coded(text):
    assert top_plover(text) is None


def test_a_call_on_others_to_act_is_a_request():
    assert top_plover("Chile called on the OAS to impose sanctions on Venezuela.") == "REQUEST"


def test_the_subject_of_a_relative_clause_imposes_the_sanction():
    signal = one("The sanctions the United States has imposed on Cuba have hurt its economy.", "sanctions")
    assert (signal.dyad, signal.plover) == ("USA>CUB", "SANCTION")


def test_the_condition_of_a_warning_is_not_what_is_threatened():
    text = "Venezuela warned that it would close its border with Colombia if Bogota imposed an embargo."
    assert top_plover(text) == "THREATEN"


def test_held_out_news_sentences_reach_the_category_targets():
    """Wire ledes written apart from the lexicons, labelled before the pipeline ran on them."""
    items = [json.loads(line) for line in PLOVER_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = {c: [0, 0, 0] for c in CATEGORIES}  # tp, fp, fn
    for item in items:
        truth, guess = item["plover"], top_plover(item["text"])
        if truth == guess:
            counts.get(truth, [0, 0, 0])[0] += 1
            continue
        counts.get(guess, [0, 0, 0])[1] += 1
        counts.get(truth, [0, 0, 0])[2] += 1
    f1 = {c: 2 * tp / (2 * tp + fp + fn) if tp else 0.0 for c, (tp, fp, fn) in counts.items()}
    assert sum(f1.values()) / len(f1) >= 0.9, f1
    assert min(f1.values()) >= 0.75, f1


@pytest.mark.parametrize("text", [
    "Talks will give Putin progress on arms controls that he can sell at home.",
    "The council sent weapons inspectors to Iraq in November.",
])
def test_a_class_word_that_only_describes_another_noun_is_no_frame_object(text):
    assert not [s for s in signals(text) if s.type == "arms_delivery"]


@pytest.mark.parametrize("text, plover", [
    ("Hundreds of French paratroopers arrived in Chad on Sunday.", "MOBILIZE"),  # forces as the subject
    ("Taiwan scrambled fighter jets on Sunday as Chinese bombers flew near the island.", "MOBILIZE"),
    ("Syrian forces fired rockets at Turkish border towns overnight.", "ASSAULT"),  # aimed at someone: an attack
    ("Indian and Pakistani troops exchanged fire across the Line of Control.", "ASSAULT"),
    ("A roadside bomb exploded near a market in Kandahar, killing nine people.", "ASSAULT"),  # no one named behind it
    ("Denmark delivered 20 infantry fighting vehicles to Ukraine.", "AID"),  # `fighting` names the vehicle
    ("Militant groups vowed to attack any foreign troops entering the province.", "THREATEN"),  # no agreement
])
def test_news_phrasings_of_force(text, plover):
    assert top_plover(text) == plover


def test_a_missile_fired_at_no_one_is_a_test():
    assert one("Pakistan fired a cruise missile during a test on Tuesday.", "military_exercise").plover == "MOBILIZE"


def test_a_deployment_answered_in_advance_is_not_planned():
    text = "Moscow said it would respond militarily to any deployment of NATO troops in Finland."
    assert top_plover(text) == "THREATEN"
    assert {s.status for s in signals(text) if s.type == "troop_buildup"} <= {"hypothetical"}


def test_a_promise_of_arms_is_an_intention():
    signal = one("Canada promised to send artillery shells to Ukraine.", "arms_delivery")
    assert (signal.status, signal.plover) == ("planned", "AGREE")


@pytest.mark.parametrize("text", [
    "Egypt warned that it would bomb the dam if Ethiopia kept filling the reservoir.",
    "Baku vowed to take tough measures if Yerevan shipped weapons to the enclave.",
])
def test_a_warning_tied_to_a_condition_is_a_threat_not_a_promise(text):
    assert top_plover(text) == "THREATEN"
    assert not [s for s in signals(text) if s.type == "agreement" and s.status != "hypothetical"]


@pytest.mark.parametrize("text", [
    "Tehran said it would take reciprocal countermeasures against Canberra.",
    "The Kremlin vowed to avenge the sinking of its flagship.",
    "Serbia's president said his army would not hesitate to use force to protect Serbs in Kosovo.",
    "Manila said it would not accept the blockade and would respond firmly to any Chinese boarding.",
])
def test_threats_of_retaliation_in_news_wording(text):
    assert top_plover(text) == "THREATEN"


def test_a_state_saying_what_it_could_do_threatens_it_others_only_speculate():
    assert one("Iran said it could hit Israeli airbases within minutes.", "threat").status == "threatened"
    assert top_plover("Analysts said Iran could hit Israeli airbases within minutes.") is None


@pytest.mark.parametrize("text", [
    "Ghana's parliament approved the 2024 budget on Friday.",
    "The Austrian cabinet approved a pay rise for civil servants.",
])
def test_a_body_approving_its_own_business_agrees_with_no_one(text):
    assert top_plover(text) is None


def test_consent_to_a_counterparts_proposal_is_still_an_agreement():
    assert top_plover("Kenya accepted the Ethiopian proposal for a joint border commission.") == "AGREE"


@pytest.mark.parametrize("text, plover", [
    ("The EU agreed a fresh package of sanctions against Belarus.", "SANCTION"),
    ("Beijing held naval drills off the coast of Fujian on Sunday.", "MOBILIZE"),
])
def test_a_consent_or_light_verb_yields_to_the_measure_it_takes_as_object(text, plover):
    assert top_plover(text) == plover


def test_a_phrasal_verb_is_not_its_bare_verb():
    text = "Pakistan carried out an air defence exercise near Karachi."
    assert top_plover(text) == "MOBILIZE"
    assert not [s for s in signals(text) if s.type == "arms_delivery"]


@pytest.mark.parametrize("text", [
    "Kenya's central bank ordered lenders to block all transactions with two Nairobi money changers linked to al "
    "Shabaab.",
    "Estonia has stripped the residence permits of 12 Russian nationals it deemed a security risk.",
    "Norway's government declared a Russian consular officer persona non grata on Friday.",
    "The African Union banned Mali's junta from attending its summit in Addis Ababa.",
    "Washington placed visa restrictions on 20 Ugandan officials.",
    "Japan slapped a 25 percent tariff on Chinese steel, citing unfair subsidies.",
    "Canada said it had frozen assets of, and imposed travel bans on, two Haitian gang leaders.",
])
def test_financial_residence_visa_and_trade_measures_are_sanctions(text):
    assert top_plover(text) == "SANCTION", signals(text)


@pytest.mark.parametrize("text, state", [
    ("A ban on imports of Lithuanian dairy products has been imposed, China's customs agency said on Friday.", "CHN"),
    ("Accounts belonging to the former minister's family were frozen on the orders of the Swiss government.", "CHE"),
])
def test_a_measure_whose_clause_names_no_one_is_the_reporting_or_ordering_body_s(text, state):
    found = one(text, "sanctions")
    assert found.plover == "SANCTION" and found.source.code == state, found


def test_an_entry_ban_is_a_sanction():
    assert top_plover("Moscow barred entry to 200 British MPs and journalists.") == "SANCTION"


@pytest.mark.parametrize("text, dyad", [
    ("Pakistan suspended peace talks with India after the attacks in Mumbai.", "PAK>IND"),
    ("Rwanda's foreign minister cancelled a planned visit to Kinshasa in protest.", "RWA>COD"),
    ("Serbia called off a meeting with Kosovo's prime minister.", "SRB>XKX"),
])
def test_calling_off_talks_downgrades_relations(text, dyad):
    assert top_plover(text) == "SANCTION"
    assert one(text, "diplomatic_rupture").dyad == dyad


@pytest.mark.parametrize("text", [
    "The Chinese premier ended his visit to Berlin on Friday.",
    "Apple's chief executive cancelled his trip to China because of the storm.",
    "Taylor Swift cancelled her meeting with fans in Singapore.",
])
def test_a_visit_ended_or_cancelled_outside_diplomacy_is_no_rupture(text):
    assert top_plover(text) != "SANCTION"


def test_the_speakers_own_forces_act_for_its_state():
    signal = one("Greece's prime minister said his navy would not hesitate to use force in the Aegean.", "threat")
    assert (signal.source.code, signal.plover) == ("GRC", "THREATEN")


@pytest.mark.parametrize("text", [
    "Russia stationed nuclear-capable missiles in Kaliningrad.",
    "Britain positioned a carrier strike group off the coast of Libya.",
    "Sudanese troops poured into the disputed Abyei region.",
    "Lithuania doubled the number of soldiers on its border with Belarus.",
])
def test_forces_and_weapons_placed_by_their_own_state_are_a_buildup(text):
    assert top_plover(text) == "MOBILIZE"


def test_a_failed_agreement_is_none_a_failed_assault_still_an_attack():
    assert top_plover("Sudan's warring generals failed to agree on a ceasefire in Jeddah.") == "REJECT"
    assert top_plover("Russian troops failed to capture Kharkiv after weeks of shelling.") == "ASSAULT"


def test_a_vow_tied_to_a_condition_is_no_agreement_even_outside_politics():
    assert top_plover("The dockers' union vowed to strike if the port was privatised.") != "AGREE"


@pytest.mark.parametrize("text, plover", [
    ("Norway sent NASAMS air defence systems to Ukraine in the spring.", "AID"),
    ("Italy shipped armoured vehicles and artillery to Kyiv last week.", "AID"),
    ("Belarus sent tanks to its border with Lithuania.", "MOBILIZE"),
    ("Canada sent 300 soldiers to Latvia.", "MOBILIZE"),
])
def test_weapons_sent_to_a_state_are_a_delivery_troops_sent_a_deployment(text, plover):
    assert top_plover(text) == plover


def test_the_owner_of_an_accepted_proposal_is_the_counterpart():
    assert one("Jordan accepted the Syrian proposal on border crossings.", "agreement").dyad == "JOR>SYR"


@pytest.mark.parametrize("text", [
    "Australia pledged emergency aid to Fiji if the cyclone makes landfall.",
    "Kuwait said it would send food and medicine to Yemen if the ports reopened.",
])
def test_help_promised_on_a_condition_is_an_offer_not_a_threat(text):
    assert top_plover(text) == "AGREE"


def test_a_withdrawal_of_peacekeepers_on_a_condition_is_still_a_threat():
    text = "Ghana said it would pull out its peacekeepers from Liberia unless the factions disarmed."
    assert top_plover(text) == "THREATEN"


@pytest.mark.parametrize("text", [
    "Lufthansa threatened to scrap flights to Austria unless landing fees were cut.",
    "Nestlé threatened to halt exports to Brazil if the new tax went ahead.",
])
def test_a_companys_commercial_threat_is_no_signal(text):
    assert signals(text) == []


@pytest.mark.parametrize("text", [
    "Police raided a dozen addresses in Lyon and arrested eight suspected people smugglers.",
    "FBI agents raided the headquarters of the charity in Dallas.",
    "Anti-drug police raids in Manila netted 40 suspects.",
])
def test_police_raids_on_suspects_are_no_attack(text):
    assert top_plover(text) != "ASSAULT"


@pytest.mark.parametrize("text, source", [
    ("Turkish commandos raided a PKK hideout in northern Iraq.", "TUR"),
    ("Sudanese warplanes dropped bombs on a market in Nyala.", "SDN"),
    ("The frigate was struck by a drone launched by Russian forces off Odesa.", "RUS"),
])
def test_raids_bombs_and_weapons_fired_by_forces_are_attacks_by_them(text, source):
    signal = one(text, "attack")
    assert (signal.plover, signal.source and signal.source.code) == ("ASSAULT", source)


def test_a_suicide_bombing_with_no_one_named_behind_it_is_an_attack():
    assert top_plover("A suicide bomber targeted an army checkpoint near Quetta.") == "ASSAULT"


def test_relief_handed_over_is_aid():
    assert top_plover("Turkish volunteers handed over 20 tonnes of flour to the Red Crescent in Idlib, Syria.") == "AID"


def test_a_weapon_named_as_the_attacker_is_an_attack():
    assert top_plover("Kamikaze drones attacked an oil depot in Crimea overnight.") == "ASSAULT"


def test_rockets_fired_into_a_named_place_are_an_attack_into_the_sea_a_test():
    assert top_plover("Islamic Jihad fired dozens of rockets into Israel on Tuesday.") == "ASSAULT"
    assert top_plover("Pyongyang fired three cruise missiles into the Yellow Sea waters off its coast.") == "MOBILIZE"


@pytest.mark.parametrize("text", [
    "Azerbaijan ordered two brigades to be ready to move to the Armenian border.",
    "India ordered three fighter squadrons to airbases near the Chinese border.",
])
def test_forces_ordered_to_move_are_a_buildup_by_the_one_who_orders(text):
    signal = one(text, "troop_buildup")
    assert (signal.plover, signal.status) == ("MOBILIZE", "planned")


def test_a_noun_that_only_looks_like_a_verb_of_deployment_is_no_buildup():
    text = "Gunmen attacked a police station in Niger, killing five officers."
    assert top_plover(text) == "ASSAULT"
    assert not [s for s in signals(text) if s.type == "troop_buildup"]


def test_rockets_fired_in_a_barrage_at_a_place_are_an_attack():
    assert top_plover("Hamas fired a barrage of rockets at Tel Aviv on Saturday.") == "ASSAULT"


def test_delegates_of_two_states_meeting_are_talks_between_them():
    assert one("Delegates from Ethiopia and Egypt met in Washington on the dam dispute.", "talks").dyad == "ETH>EGY"


@pytest.mark.parametrize("text", [
    "Scholz and Macron discussed the crisis in Niger in a phone call on Friday.",
    "Blinken called Wang Yi on Monday to discuss Taiwan.",
])
def test_a_call_on_a_day_is_a_call_not_an_appeal_nor_a_topic(text):
    assert top_plover(text) == "CONSULT"


@pytest.mark.parametrize("text", [
    "Lithuania closed its border crossings with Belarus.",
    "Britain suspended arms shipments to Saudi Arabia over the war in Yemen.",
    "Washington revoked the export licences of two companies selling drones to Iran.",
])
def test_a_link_or_licence_cut_is_a_sanction(text):
    assert top_plover(text) == "SANCTION"


def test_a_government_office_naming_a_measure_is_political_context():
    assert top_plover("The Treasury Department sanctioned three shipping companies on Thursday.") == "SANCTION"
    assert top_plover("The Treasury Department said bond auctions would be suspended.") is None


def test_measures_taken_on_a_condition_are_a_threat():
    text = "Beijing said it would take resolute measures if Manila sent more ships to the reef."
    assert top_plover(text) == "THREATEN"


def test_volunteers_mobilised_to_fight_are_a_mobilization():
    assert top_plover("Burkina Faso's junta is mobilising civilian volunteers to fight jihadists.") == "MOBILIZE"


def test_police_seizing_drugs_is_no_attack():
    assert top_plover("Police seized two tonnes of cocaine in a warehouse in Antwerp.") is None


@pytest.mark.parametrize("text, plover", [
    ("The Commerce Department added nine Russian firms to its entity list.", "SANCTION"),
    ("Kyiv nationalised the assets of two Russian banks.", "SANCTION"),
    ("Al-Shabaab recruited hundreds of fighters in southern Somalia.", "MOBILIZE"),
    ("Russia said it would not hesitate to use nuclear weapons to defend its territory.", "THREATEN"),
    ("Tehran warned it would close the Strait of Hormuz if its oil exports were blocked.", "THREATEN"),
    ("Pirates hijacked a bulk carrier off the coast of Somalia.", "ASSAULT"),
])
def test_measures_and_force_in_wire_wording(text, plover):
    assert top_plover(text) == plover


@pytest.mark.parametrize("text, plover", [
    ("The Azerbaijani army was preparing to resume shelling Armenian villages.", "MOBILIZE"),
    ("Israel is preparing a ground offensive in southern Lebanon, officials said.", "MOBILIZE"),
    ("Israel will launch a ground offensive in southern Lebanon, officials said.", "THREATEN"),
])
def test_an_attack_being_readied_is_mobilization_one_announced_a_threat(text, plover):
    assert top_plover(text) == plover


@pytest.mark.parametrize("text", [
    "Kuwait deposited $2 billion in Egypt's central bank to shore up the pound.",
    "Qatar sent $30 million to Gaza to pay for fuel.",
])
def test_a_sum_of_money_given_to_a_state_is_aid(text):
    assert top_plover(text) == "AID"


def test_warplanes_flown_into_a_zone_are_a_buildup_not_a_delivery():
    assert top_plover("Russia flew 12 warplanes into Japan's air defence zone on Monday.") == "MOBILIZE"


@pytest.mark.parametrize("text, plover", [
    ("Moldova imposed a ban on pro-Russian television channels.", "SANCTION"),
    ("Jihadist fighters looted and torched villages in northern Burkina Faso.", "ASSAULT"),
])
def test_a_ban_imposed_and_villages_looted(text, plover):
    assert top_plover(text) == plover


def test_a_cessation_of_hostilities_is_an_agreement_not_an_attack():
    found = signals("Sudan's army and the RSF signed a cessation of hostilities in Jeddah.")
    assert [s.plover for s in found if s.plover] and not [s for s in found if s.type == "attack"]
    assert top_plover("Sudan's army and the RSF signed a cessation of hostilities in Jeddah.") == "AGREE"


def test_a_missile_launched_on_a_day_is_a_test_not_an_attack():
    assert top_plover("Pakistan launched a cruise missile off its southern coast on Friday.") == "MOBILIZE"


def test_purchases_suspended_are_a_sanction_not_a_delivery():
    assert top_plover("Spain suspended purchases of Israeli ammunition.") == "SANCTION"


@pytest.mark.parametrize("text, kind", [
    ("Estonia said it would expel two Russian diplomats over the spying case.", "diplomatic_rupture"),
    ("Japan will suspend its economic aid to Myanmar, the foreign minister said.", "sanctions"),
    ("Poland plans to ban imports of Ukrainian grain from next month.", "sanctions"),
])
def test_a_coercive_measure_only_announced_is_coded_as_plover_codes_a_threat(text, kind):
    signal = one(text, kind)
    assert (signal.status, signal.plover) == ("planned", "THREATEN")


@pytest.mark.parametrize("text, kind", [
    ("Mali's junta ordered the expulsion of the Danish ambassador.", "diplomatic_rupture"),
    ("EU foreign ministers agreed a new package of sanctions against Iran.", "sanctions"),
])
def test_a_coercive_measure_decided_is_the_measure_taken(text, kind):
    assert one(text, kind).plover == "SANCTION"


def test_a_measure_joined_to_a_decided_one_is_decided_too():
    assert one("Gulf states decided to recall their ambassadors from Doha and freeze Qatari assets.",
               "sanctions").plover == "SANCTION"


@pytest.mark.parametrize("text, kind", [
    ("Mongolia's decision to freeze the assets of two Belarusian banks took effect on Tuesday.", "sanctions"),
    ("Peru will suspend all trade with Nicaragua with immediate effect, the trade minister said.", "sanctions"),
])
def test_a_measure_said_to_be_in_force_is_the_measure_taken(text, kind):
    assert one(text, kind).plover == "SANCTION"


def test_a_measure_only_announced_with_a_date_stays_an_announcement():
    assert one("Vietnam said it would ban imports of Cambodian rice if the dispute dragged on.",
               "sanctions").plover == "THREATEN"
    assert not escalating("A ban on smoking in all cafes came into force on Monday, the health ministry said.")


@pytest.mark.parametrize("text", [
    "Ghana pledged to send 600 more soldiers to Liberia next year, its defence minister said.",
    "Zambia will deploy 400 police officers to Malawi under a security pact signed in Lusaka.",
    "Fiji said it would send 200 troops to Solomon Islands to join a regional stabilisation mission.",
])
def test_forces_pledged_to_a_partner_are_help_promised(text):
    signal = strongest(text)
    assert (signal.type, signal.plover) == ("agreement", "AGREE")


def test_forces_planned_for_a_border_stay_a_buildup():
    signal = one("Bulgaria will send 1,200 soldiers to its border with Turkey next week.", "troop_buildup")
    assert signal.plover == "MOBILIZE"


def test_a_foiled_attempt_at_an_attack_is_the_attack():
    signal = one("Police foiled an attempt to assassinate the Pakistani interior minister.", "attack")
    assert (signal.status, signal.plover) == ("actual", "ASSAULT")


def test_preventing_any_attempt_is_still_no_attack():
    assert one("NATO will act to prevent any attempt to invade Lithuania.", "attack").status == "hypothetical"


@pytest.mark.parametrize("text, plover", [
    ("Turkish authorities imposed a curfew in Diyarbakir after clashes with Kurdish militants.", "COERCE"),
    ("The Sudanese army said it would impose a curfew in Khartoum from Monday.", "THREATEN"),
    ("NATO said it would tighten its naval blockade of Libya.", "THREATEN"),
])
def test_curfews_and_blockades_are_coercion_imposed_and_threats_announced(text, plover):
    assert top_plover(text) == plover


def test_withdrawing_peacekeepers_downgrades_relations_withdrawing_troops_concedes():
    assert one("The African Union withdrew its peacekeepers from Mogadishu.", "diplomatic_rupture").plover == "SANCTION"
    assert top_plover("Russia withdrew its troops from Kherson.") == "YIELD"


def test_fighting_between_two_uncoded_sides_names_them():
    signal = one("Heavy fighting broke out between the army and Tuareg rebels near Kidal.", "attack")
    assert signal.source.name == "army" and "rebels" in signal.target.name


def test_a_shell_that_wounds_is_an_attack_even_with_no_one_named_behind_it():
    assert top_plover("A mortar round hit the U.N. base in Gao, wounding two peacekeepers.") == "ASSAULT"


def test_the_main_event_outranks_its_occasion():
    assert top_plover("Italy cancelled a planned visit to Egypt after a state of siege was declared in Cairo.") == "SANCTION"


@pytest.mark.parametrize("text, plover, background", [
    # a trailing clause the parser hangs on the reporting verb or the main verb, or makes the root
    ("Latvia expelled three Belarusian diplomats, the foreign ministry said, days after Minsk held talks with Moscow "
     "on a new air base.", "SANCTION", "CONSULT"),
    ("Berlin delivered two more air defence systems to Ukraine, the government said, a day after Russian missiles "
     "struck power plants across the country.", "AID", "ASSAULT"),
    ("Militants stormed an army post in northern Benin, killing eight soldiers, a week after Cotonou expelled the "
     "Nigerien ambassador.", "ASSAULT", "SANCTION"),
    # an `as` clause, and a clause that opens the sentence
    ("Houthi fighters fired two missiles at a tanker in the Red Sea, the Pentagon said, as Oman hosted talks between "
     "the group and Saudi officials.", "ASSAULT", "CONSULT"),
    ("Days after Belgrade and Pristina agreed to de-escalate, Serb gunmen attacked a police patrol in northern Kosovo.",
     "ASSAULT", "AGREE"),
    ("Pyongyang said it would take military action against any intrusion into its waters, a week after Seoul and "
     "Washington signed a nuclear accord.", "THREATEN", "AGREE"),
])
def test_the_main_clause_outranks_a_background_event_wherever_the_parser_hangs_it(text, plover, background):
    found = signals(text)
    assert top_plover(text) == plover and background in {s.plover for s in found}, found


@pytest.mark.parametrize("text, plover", [
    ("Chisinau expelled a Russian diplomat on Monday, citing repeated drone incursions into its airspace.", "SANCTION"),
    ("The rebels vowed to march on the capital if the army kept bombing their positions, their spokesman said, "
     "calling the air raids a declaration of war.", "THREATEN"),
])
def test_what_a_trailing_participle_cites_or_names_ranks_below_the_main_event(text, plover):
    found = signals(text)
    assert top_plover(text) == plover and all(s.confidence < 0.6 for s in found if s.plover == "ASSAULT"), found


def test_a_background_mark_after_the_main_clause_leaves_it_the_news():
    # the parser makes the `a week after` clause the root, with the main clause under it
    assert top_plover("Gunmen ambushed a military convoy near Djibo, killing 20 soldiers, security sources said, a "
                      "week after the junta announced a general mobilisation.") == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Colombia's government and the rebel group struck an agreement in Pasto on Saturday.",
    "Opposition leaders in Tbilisi attacked the peace accord as a betrayal.",
])
def test_a_deal_struck_or_attacked_is_no_attack(text):
    assert "ASSAULT" not in {s.plover for s in signals(text)}, signals(text)


def test_a_request_verb_over_a_reported_statement_is_no_request():
    assert top_plover('"Our forces are ready for any provocation," the army chief told soldiers at a base near the '
                      'border.') != "REQUEST"


@pytest.mark.parametrize("text", [
    "Farmers threatened to blockade the capital's ring road unless the government scrapped the diesel tax.",
    "Opposition leaders threatened to impose a curfew in the districts under their control.",
    "President Abdelaziz Bouteflicka threatened to institute a curfew in Algiers after the unrest.",
])
def test_a_coercive_measure_threatened_by_a_party_without_a_state_code_is_a_threat(text):
    assert any(s.plover == "THREATEN" and s.source is not None for s in signals(text)), signals(text)


@pytest.mark.parametrize("text", [
    "Consumers threatened to boycott the brand over its new advertising campaign.",
    "Dock workers threatened to strike for higher pay at the port.",
    "Fans threatened to boycott the club's next home match over ticket prices.",
])
def test_everyday_threats_of_boycotts_and_strikes_stay_quiet(text):
    assert not [s for s in signals(text) if s.type not in ("talks", "agreement")], signals(text)


def test_ending_mediation_efforts_is_a_downgrade_of_relations():
    signal = one("Syrian officers ended mediation efforts between rival militias in Tripoli.", "diplomatic_rupture")
    assert (signal.status, signal.plover) == ("actual", "SANCTION")


@pytest.mark.parametrize("text", [
    "Armed men attacked a village in Plateau state overnight, killing at least 30 people.",
    "Unknown assailants shot dead a local journalist outside his home in Veracruz.",
])
def test_an_attack_that_counts_its_victims_is_an_event_with_no_side_named(text):
    assert one(text, "attack").plover == "ASSAULT"


def test_victims_counted_in_a_complaint_about_raids_are_no_new_attack():
    text = ("Lebanon complained to the United Nations on Tuesday over two Israeli air raids last Friday in which "
            "it said 20 people were killed or wounded.")
    assert not [s for s in signals(text) if s.plover == "ASSAULT"], signals(text)


def test_pulling_out_of_talks_is_a_rupture_not_a_withdrawal_of_forces():
    signal = one("The rebels pulled out of the peace talks in Doha, accusing the government of bad faith.",
                 "diplomatic_rupture")
    assert (signal.status, signal.plover) == ("actual", "SANCTION")


def test_talks_named_with_their_counterpart_can_still_be_walked_out_of():
    signal = one("Serbia pulled out of the talks with Kosovo in Brussels.", "diplomatic_rupture")
    assert (signal.status, signal.plover, signal.target.code) == ("actual", "SANCTION", "XKX")


@pytest.mark.parametrize("text", [
    "The United States withdrew from the Intermediate-Range Nuclear Forces Treaty, blaming Russian violations.",
    "Niger revoked a military cooperation agreement with the United States.",
])
def test_leaving_a_treaty_or_pact_reduces_relations(text):
    signal = one(text, "diplomatic_rupture")
    assert (signal.status, signal.plover) == ("actual", "SANCTION")


def test_a_singer_leaving_a_festival_is_no_rupture():
    assert not signals("The singer withdrew from the festival line-up, citing exhaustion.")


def test_the_object_of_a_named_measure_is_that_measure_s_not_the_verb_s():
    found = signals("Gulf states announced a boycott of Qatari goods and suspended all flights to Doha.")
    assert [s.plover for s in found] == ["SANCTION"], found


@pytest.mark.parametrize("text", [
    "Opposition senators walked out of the plenary session before the budget vote.",
    "Several European delegations boycotted the inauguration ceremony in Caracas.",
    "Opposition MPs staged a walkout during the president's speech.",
])
def test_a_walkout_or_boycott_by_a_party_without_a_state_code_is_a_sanction(text):
    signal = one(text, "diplomatic_rupture")
    assert (signal.status, signal.plover) == ("actual", "SANCTION")


@pytest.mark.parametrize("text", [
    "The team boycotted the post-match press conference after the referee's decision.",
    "Shareholders boycotted the annual general meeting.",
])
def test_boycotts_in_sport_and_business_stay_quiet(text):
    assert not signals(text)


@pytest.mark.parametrize("text, organisation", [
    ("The Philippines withdrew from the International Criminal Court in 2019.", "ICC"),
    ("Venezuela formally quit the Organization of American States.", "OAS"),
])
def test_leaving_an_organisation_is_a_sanction_against_it_not_a_concession(text, organisation):
    signal = one(text, "diplomatic_rupture")
    assert (signal.status, signal.plover, signal.target.code) == ("actual", "SANCTION", organisation)


def test_leaving_an_organisation_in_a_state_is_no_departure():
    assert not signals("The vote left the African Union deeply divided.")


def test_a_carrier_suspending_flights_is_no_state_measure():
    assert not signals("The carrier suspended flights to Tel Aviv until the end of the month.")


@pytest.mark.parametrize("text", [
    "The World Bank suspended new loans to Mali after the coup.",
    "The World Food Programme suspended food distribution in the camp after attacks on its staff.",
])
def test_suspended_lending_or_distribution_is_a_sanction_whatever_its_occasion(text):
    found = signals(text)
    assert [s.plover for s in found] == ["SANCTION"], found


def test_peacekeepers_flown_out_are_withdrawn():
    signal = one("Two hundred Ghanaian peacekeepers were flown out of the border town on Tuesday.", "diplomatic_rupture")
    assert (signal.status, signal.plover) == ("actual", "SANCTION")


@pytest.mark.parametrize("text", [
    "The two sides held a first round of talks in Muscat on Saturday.",
    "Delegates of the rival factions held talks in Addis Ababa.",
])
def test_talks_of_parties_named_together_have_their_counterpart(text):
    assert one(text, "talks").plover == "CONSULT"


def test_weapons_fired_at_a_target_are_an_attack_whichever_conjunct_carries_the_aim():
    found = signals("North Korea launched 40 rockets and a dozen drones at South Korean border posts on Friday.")
    assert "ASSAULT" in {s.plover for s in found} and "military_exercise" not in {s.type for s in found}, found


@pytest.mark.parametrize("text, dyad", [
    ("Moscow launched 35 drones at the Kyiv region before dawn.", "RUS>UKR"),
    ("Tehran fired a wave of UAVs against Israel late on Sunday, the army said.", "IRN>ISR"),
    ("Russia sent over a hundred Shaheds towards the Ukrainian capital on Thursday night.", "RUS>UKR"),
    ("Belarus dispatched drones toward Lithuania twice this week, Vilnius said.", "BLR>LTU"),
    ("Russia sent nine missiles towards Kyiv and its suburbs early on Monday.", "RUS>UKR"),
    ("Russia launched 60 attack drones and three cruise missiles on Ukraine overnight.", "RUS>UKR"),
])
def test_drones_launched_or_sent_at_a_place_are_an_attack(text, dyad):
    signal = one(text, "attack")
    assert (signal.status, signal.plover, signal.dyad) == ("actual", "ASSAULT", dyad)
    assert "arms_delivery" not in {s.type for s in signals(text)}


@pytest.mark.parametrize("text", [
    "A parcel firm will launch drones at its depot in Ohio next spring.",
    "Police launched drones over the crowd at the carnival in Notting Hill.",
    "Firefighters sent two drones towards the blaze in the hills above Athens.",
    "The camera maker launched a new folding drone at a trade fair in Las Vegas.",
    "Volunteers launched drones into the flooded district to find stranded residents.",
])
def test_drones_launched_at_a_scene_are_no_attack(text):
    assert not escalating(text), signals(text)


def test_drones_sent_to_an_army_stay_a_delivery():
    found = signals("Latvia sent 500 drones to Ukraine's armed forces last month.")
    assert [(s.type, s.plover, s.dyad) for s in found] == [("arms_delivery", "AID", "LVA>UKR")], found


def test_where_something_is_put_is_not_what_is_sent():
    assert not signals("These funds will put modern radios and body armour into the hands of Moldova's soldiers "
                       "and border police.")


def test_according_to_is_no_accord():
    found = signals("Turkish officials warned that they would strike Kurdish positions in Iraq if attacks "
                    "continued, according to diplomats briefed on the talks.")
    assert [s.type for s in found] == ["threat"], found


def test_voicing_support_for_a_plan_is_no_agreement():
    found = signals("Spain voiced support for the Egyptian plan for the reconstruction of Gaza.")
    assert "AGREE" not in {s.plover for s in found}, found


def test_a_warning_that_a_state_will_face_punishment_is_a_threat():
    signal = one("Tehran warned that Azerbaijan would face severe punishment for any attack on Iranian "
                 "territory.", "threat")
    assert (signal.status, signal.plover, signal.dyad) == ("threatened", "THREATEN", "IRN>AZE")


def test_punishment_in_sport_is_quiet():
    assert not signals("The referee said the midfielder deserved a harsh punishment for the tackle.")


def test_a_unilateral_ceasefire_is_a_concession_not_an_agreement():
    signal = one("The Kurdish militia declared a unilateral ceasefire in northern Syria on Monday.", "agreement")
    assert signal.plover == "YIELD"


@pytest.mark.parametrize("text", [
    "The Council today imposed an asset freeze and a travel ban on four militia commanders.",
    "The Foreign Minister has today designated three shipping firms for breaching the arms embargo.",
    "The Finance Ministry froze the accounts of eleven individuals linked to the coup.",
])
def test_a_measure_taken_by_a_named_office_or_governing_body_is_a_sanction(text):
    signal = one(text, "sanctions")
    assert (signal.status, signal.plover) == ("actual", "SANCTION")


@pytest.mark.parametrize("text", [
    "The government published its yearly report on export controls on Thursday.",
    "The Office of Financial Sanctions Implementation opened a consultation on its guidance.",
    "The Council decided to lift the asset freeze on two former ministers.",
    "The city council banned barbecues in the park over the summer.",
])
def test_a_measure_only_named_or_lifted_is_no_sanction(text):
    assert not escalating(text), signals(text)


def test_a_measure_that_targets_people_is_no_attack():
    found = signals("The new listings target two army generals and a firm that supplies the military.")
    assert "attack" not in {s.type for s in found}, found


@pytest.mark.parametrize("text", [
    "The Australian skipper said his bowlers would target the India openers with short balls on a fast pitch.",
    "The group's invasion of the British charts went on as their second album reached number one.",
    "The Brazilian batsmen attacked the Argentina bowlers from the first over.",
])
def test_a_state_name_on_a_team_or_chart_names_no_party(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Dock workers blockaded the ferry terminal for a day over pay before police persuaded them to go home.",
    "Police searched a casino over unpaid taxes, and its gaming licence was suspended for two weeks.",
    "It was a long battle on the grass as the Swiss player outlasted his rival over four hours, firing 25 aces.",
])
def test_police_work_civilian_protest_and_a_sporting_battle_are_quiet(text):
    assert not escalating(text), signals(text)


def test_a_state_name_on_a_military_noun_still_names_the_target():
    signal = one("Ukrainian drones struck Russian oil refineries overnight.", "attack")
    assert signal.dyad == "UKR>RUS"


@pytest.mark.parametrize("text, kind", [
    ("Belarus's interior minister warned that police would no longer tolerate marches by the opposition.", "threat"),
    ("Riot police fired rubber bullets at the crowd outside parliament in Tbilisi.", "attack"),
])
def test_police_acting_against_crowds_is_still_coercion(text, kind):
    assert one(text, kind).escalates


@pytest.mark.parametrize("text", [
    "The German supermarket chain cut prices, firing the opening shot in a price war with French rivals.",
    "The Irish band's tour invaded stadiums across the American south this summer.",
    "The airline was sanctioned by the Italian regulator over misleading fares.",
    "The Turkish airline suspended flights to Milan because of fog.",
])
def test_price_wars_tours_and_regulators_are_no_conflict(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Sanctions on Russian oil sent markets higher as traders worried about supply.",
    "The Russian airline was banned from European airspace by the EU.",
])
def test_sanctions_on_a_state_s_goods_or_companies_still_count(text):
    signal = one(text, "sanctions")
    assert (signal.status, signal.target.code) == ("actual", "RUS")


@pytest.mark.parametrize("text", [
    "Chile launched wave after wave of attacks in the second half but could not find an equaliser.",
    "Ghana bombarded the penalty area in stoppage time, and Egypt's goalkeeper punched everything clear.",
    "Scotland sent forces forward after half-time and their midfielder struck the bar twice.",
    "Sri Lanka's bowlers attacked the stumps, and Bangladesh lost four wickets before tea.",
])
def test_a_country_in_a_match_report_is_a_team(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Denmark's pension fund threatened to sell its shares unless the shipping group cut emissions.",
    "Malaysia's state investor suspended its funding of the resort project after costs doubled.",
    "The Chilean copper miner halted exports from its northern port for a week of repairs.",
    "Kenya Airways threatened to cancel its order for ten jets over late deliveries.",
    "Rising costs threaten the brewer's profits, the Belgian finance minister said.",
])
def test_funds_firms_and_everyday_objects_are_not_a_state_s_measures(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind, dyad", [
    ("Russian forces shelled Ukraine's army during the football match, killing four soldiers.", "attack", "RUS>UKR"),
    ("Norway's government threatened to expel Russian diplomats over the spying case.", "diplomatic_rupture",
     "NOR>RUS"),
    ("Russia invaded Ukraine in February 2022, and the World Cup went ahead in Qatar that year.", "attack", "RUS>UKR"),
    ("Iraq invaded Kuwait in 1990 with the goal of seizing its oil fields.", "attack", "IRQ>KWT"),
])
def test_war_and_states_still_count_beside_sport_and_funds(text, kind, dyad):
    assert one(text, kind).dyad == dyad


def test_what_a_measure_is_placed_on_is_no_force_deployed():
    text = "Our export restrictions placed on the Russian military-industrial complex have degraded its ability to rearm."
    assert "troop_buildup" not in [s.type for s in signals(text)]
    assert one("Russia placed thousands of troops on its border with Ukraine.", "troop_buildup").dyad == "RUS>UKR"


@pytest.mark.parametrize("text", [
    "Kenya Airways suspended its flights to Dubai after a fuel shortage.",
    "Kuwait Petroleum halted crude supplies to a Chinese refinery during maintenance.",
    "Air Serbia suspended flights to Kosovo.",
])
def test_a_company_named_after_its_state_is_not_the_state(text):
    assert [s for s in signals(text) if s.type not in ("talks", "agreement")] == []


@pytest.mark.parametrize("text, kind, dyad", [
    ("The US Treasury imposed sanctions on three Iranian firms.", "sanctions", "USA>IRN"),
    ("Pakistan Army troops shelled border posts in Afghanistan on Sunday.", "attack", "PAK>AFG"),
])
def test_an_organ_named_after_its_state_is_the_state(text, kind, dyad):
    assert one(text, kind).dyad == dyad


@pytest.mark.parametrize("text, kind, dyad", [
    ("Greece has supplied Cyprus with three patrol boats and a batch of radars, Cypriot officials said.", "arms_delivery",
     "GRC>CYP"),
    ("The World Bank disbursed 300 million dollars of budget support to Malawi on Tuesday.", "agreement", None),
    ("Uzbekistan has halted rail freight to Afghanistan and closed the Termez crossing.", "sanctions", "UZB>AFG"),
])
def test_deliveries_and_cut_links_named_in_plain_words(text, kind, dyad):
    found = one(text, kind)
    assert found.plover in ("AID", "SANCTION")
    assert dyad is None or found.dyad == dyad


def test_gunships_firing_on_positions_is_an_attack():
    assert one("Nigerian helicopter gunships fired on insurgent positions near Lake Chad, killing 20 people.",
               "attack").plover == "ASSAULT"


@pytest.mark.parametrize("text", [
    "A magnitude 7.1 earthquake struck southern Peru on Monday, killing nine people.",
    "A cyclone hit Bangladesh overnight, killing at least 30 people.",
    "The Royal Armouries in Leeds has put a restored Soviet T-55 tank on display in its main hall.",
    "Blue Origin landed its booster on a drone ship off the Florida coast after the launch.",
])
def test_disasters_exhibits_and_rockets_are_no_force(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "A private launch company launched its newest rocket from Wallops Island, placing two weather satellites into orbit.",
    "The start-up test-fired the engines of its reusable booster for 40 seconds at a site in Texas.",
    "The aviation museum unveiled a restored Spitfire fighter and a Cold War-era bomber at the war memorial in Ottawa.",
    "Thousands of scouts pitched their tents for the national jamboree, with troops from Chile and Peru the last "
    "to arrive.",
    "The 19-year-old Spaniard, nicknamed 'the Rocket', fired 19 aces to win in straight sets.",
    "China launched a Long March rocket from the Jiuquan space center, carrying three astronauts to its space station.",
])
def test_space_heritage_scouting_and_sport_settings_are_not_military(text):
    from schemas.analysis import DEESCALATION_TYPES
    assert [s for s in signals(text) if s.type not in DEESCALATION_TYPES and s.status in ("actual", "planned")] == []


@pytest.mark.parametrize("text", [
    "North Korea test-fired two ballistic missiles into the sea on Monday.",
    "Russia test-fired a new intercontinental ballistic missile from the Plesetsk cosmodrome on Friday.",
])
def test_a_state_test_firing_missiles_is_still_a_test(text):
    assert one(text, "military_exercise")


@pytest.mark.parametrize("text, plover", [
    ("Azerbaijan gave Armenian units 48 hours to leave the border villages or face a military operation.", "THREATEN"),
    ("Any state that hosts American bombers will be considered a legitimate target, the Iranian defence minister said.",
     "THREATEN"),
    ("Belarus said any Polish incursion would be regarded as an attack on Russia.", "THREATEN"),
    ("Serbia's army chief said any provocation in the north would be met with a response.", "THREATEN"),
    ("'We will not hesitate to respond with all the means at our disposal,' the Eritrean defence minister said of Ethiopia.",
     "THREATEN"),
])
def test_threats_of_force_without_a_force_verb(text, plover):
    assert one(text, "threat").plover == plover


@pytest.mark.parametrize("text, kind, plover", [
    ("Iraq is reported to have deployed two armoured brigades along its border with Syria.", "troop_buildup",
     "MOBILIZE"),
    ("Envoys of Kosovo and Serbia are believed to have met secretly in Brussels last week.", "talks", "CONSULT"),
    ("Kazakhstan signed a contract to sell twelve attack helicopters to Mongolia.", "arms_delivery", "AID"),
    ("New Zealand will gift Samoa a patrol boat, the defence minister said.", "arms_delivery", "AGREE"),
])
def test_the_actor_of_a_raised_or_nested_clause(text, kind, plover):
    assert one(text, kind).plover == plover


@pytest.mark.parametrize("text, kind", [
    ("Hackers took down the websites of Estonia's foreign ministry in a wave of attacks, officials in Tallinn said.",
     "cyberattack"),
    ("A group linked to Iranian intelligence disrupted the computer systems of Albania's parliament.", "cyberattack"),
    ("Turkish jets carried out a new wave of strikes on Kurdish positions in northern Iraq.", "attack"),
    ("Two villages in Chad were burned to the ground by Sudanese militia fighters.", "attack"),
    ("The Armenian army cancelled all leave for its soldiers after shelling on the border with Azerbaijan.",
     "mobilization"),
])
def test_force_named_by_its_effect(text, kind):
    assert one(text, kind).plover in ("ASSAULT", "MOBILIZE")


def test_ending_a_trade_dispute_is_no_sanction():
    found = signals("India lifted restrictions on imports of Malaysian palm oil, ending a long trade dispute.")
    assert "sanctions" not in [s.type for s in found if s.status == "actual"]


@pytest.mark.parametrize("text", [
    "The newspaper took down the article from its website after complaints from readers.",
    "The old barn burned to the ground after a lightning strike, the fire service said.",
])
def test_everyday_effects_are_no_force(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind, plover", [
    ("Unidentified gunmen stormed a market in northern Burkina Faso on Sunday.", "attack", "ASSAULT"),
    ("An unmarked warplane bombed a fuel depot outside the town, residents said.", "attack", "ASSAULT"),
    ("At least nine villagers died when mortar shells landed on a crowded bus station on Monday.", "attack",
     "ASSAULT"),
    ("A sea drone laden with explosives rammed a tanker off the coast on Thursday.", "attack", "ASSAULT"),
    ("Rival clan militias battled for hours near the airport, leaving at least 20 dead.", "attack", "ASSAULT"),
    ("Witnesses described the night-time raid by bandits on the village, in which 14 people died.", "attack",
     "ASSAULT"),
    ("A ransomware gang encrypted the servers of the national railway on Friday.", "cyberattack", "ASSAULT"),
])
def test_attacks_by_unnamed_armed_actors_and_weapons(text, kind, plover):
    assert one(text, kind).plover == plover


@pytest.mark.parametrize("text, dyad", [
    ("Turkey sent three cargo ships loaded with flour and tents to Libya on Sunday.", "TUR>LBY"),
    ("A Jordanian air force plane carrying 20 tonnes of medicine landed in Beirut on Tuesday.", "JOR>LBN"),
    ("A Spanish government plane landed in Tunis with 15 tonnes of blankets and winter clothing.", "ESP>TUN"),
])
def test_aid_carried_by_a_vehicle_that_arrives(text, dyad):
    signal = strongest(text)
    assert (signal.status, signal.dyad, signal.plover) == ("actual", dyad, "AID")


def test_a_delivery_of_weapons_promised_earlier_is_done():
    signal = one("Norway has finished the delivery of the six helicopters it had promised to Ukraine.", "arms_delivery")
    assert (signal.status, signal.plover) == ("actual", "AID")


def test_talks_after_which_a_party_speaks():
    signal = one("The Indian foreign minister spoke to reporters after two hours of talks with his Chinese counterpart.",
                 "talks")
    assert (signal.dyad, signal.plover) == ("IND>CHN", "CONSULT")


def test_an_event_recalled_as_a_place_is_not_the_news():
    found = signals("The foreign ministers of Armenia and Azerbaijan met in Almaty on Friday, the site of heavy "
                    "clashes three years ago.")
    assert max(found, key=lambda s: s.confidence).plover == "CONSULT"


@pytest.mark.parametrize("text", [
    "The airliner's crew landed in Madrid with 300 passengers after a bird strike.",
    "Firefighters battled the blaze at the warehouse for six hours.",
])
def test_everyday_arrivals_and_battles_are_no_signal(text):
    assert not [s for s in signals(text) if s.escalates or s.plover in ("AID", "ASSAULT")], signals(text)


@pytest.mark.parametrize("text", [
    "Swarms of locusts invaded farmland across northern Kenya this week, destroying maize crops, officials said.",
    "An invasion of Asian hornets has wiped out hundreds of beehives in Normandy, French beekeepers said.",
    "Hundreds of volunteers were mobilised to fill sandbags along the Danube in Hungary, the mayor of Budapest said.",
    "Nurses at three hospitals in Madrid staged a walkout over staffing levels, their union said.",
])
def test_organisms_volunteers_and_workers_are_no_party_of_a_conflict(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "An invasion of stinging jellyfish has forced the closure of beaches along the Spanish coast.",
    "Airbus delivered 60 commercial jets in May, the planemaker said.",
    "China postponed the launch of a Long March rocket carrying two navigation satellites because of high winds.",
])
def test_organisms_planemakers_and_satellite_launches_are_no_conflict(text):
    assert not [s for s in signals(text) if s.escalates or s.plover], signals(text)


def test_a_central_bank_cutting_its_lending_rate_imposes_no_sanction():
    """A central bank is its state's body, but the lending rate is monetary policy, not lending cut to someone."""
    found = signals("Ghana's central bank cut its main lending rate by a full point on Monday as inflation slowed.")
    assert not [s for s in found if s.escalates], found
    assert [s for s in signals("Moscow cut lending to Belarus after the disputed vote.") if s.type == "sanctions"]


@pytest.mark.parametrize("text, plover", [
    ("Iran has moved several mobile missile launchers to its western border, Iraqi officials said.", "MOBILIZE"),
    ("Hundreds of Russian-trained fighters were flown into Bamako over the weekend, diplomats said.", "MOBILIZE"),
    ("Venezuela's president said his country would retake the region by force if necessary.", "THREATEN"),
])
def test_launchers_moved_fighters_flown_in_and_force_if_necessary(text, plover):
    assert top_plover(text) == plover, signals(text)


@pytest.mark.parametrize("text", [
    "The new expansion lets gamers storm a beach in Normandy and call in artillery strikes on German positions.",
    "SpaceX test-fired the upper stage of its heavy rocket at its site in Texas ahead of a launch next month.",
])
def test_a_video_game_and_a_rocket_engine_test_are_no_war(text):
    assert not escalating(text), signals(text)


def test_an_invasion_by_a_state_is_still_an_attack_whatever_else_the_sentence_names():
    text = "Russian forces invaded the region in 2022, and volunteers were mobilised to evacuate civilians."
    assert any(s.type == "attack" for s in signals(text)), signals(text)


@pytest.mark.parametrize("text", [
    "Gunmen armed with assault rifles stormed a church in northern Burkina Faso, killing eleven worshippers.",
    "Militants set fire to a police station and shot dead three officers in Balochistan on Monday.",
])
def test_attackers_described_by_their_weapons_and_acts_in_a_row(text):
    signal = max((s for s in signals(text) if s.plover), key=lambda s: s.confidence)
    assert (signal.plover, signal.status) == ("ASSAULT", "actual"), signals(text)


def test_a_treaty_suspended_is_no_agreement():
    assert not [s for s in signals("Mali suspended its defence treaty with France on Thursday.") if s.plover == "AGREE"]


@pytest.mark.parametrize("text, dyad", [
    ("A Turkish navy ship unloaded 60 tonnes of flour and medicine in Beirut on Monday.", "TUR>LBN"),
    ("Three cargo planes carrying blankets and medicines from Japan landed in Kabul on Sunday.", "JPN>AFG"),
    ("The handover of six attack helicopters to Nigeria's air force by Italy took place on Friday.", "ITA>NGA"),
    ("Kuwait flew 40 tonnes of medicine and three field hospital units to Lebanon on Sunday.", "KWT>LBN"),
])
def test_deliveries_unloaded_carried_from_or_handed_over(text, dyad):
    signal = max((s for s in signals(text) if s.plover), key=lambda s: s.confidence)
    assert (signal.status, signal.dyad, signal.plover) == ("actual", dyad, "AID"), signals(text)


def test_a_storm_that_destroys_and_kills_is_no_attack():
    found = signals("A powerful typhoon destroyed hundreds of homes and killed 14 people in the northern Philippines.")
    assert not [s for s in found if s.plover == "ASSAULT"], found


def test_mediators_shuttling_between_delegations_consult():
    signal = one("Omani mediators shuttled between the Iranian and American delegations in Muscat on Sunday.", "talks")
    assert signal.plover == "CONSULT"


def test_columns_of_troops_moving_towards_a_border_mobilise():
    signal = one("Columns of Ethiopian troops and tanks moved towards the Eritrean border on Friday.", "troop_buildup")
    assert signal.plover == "MOBILIZE"


def test_a_measure_announced_earlier_is_in_force_whatever_it_will_do():
    signal = one("The freeze on Swedish development aid to Zimbabwe's police, announced after officers beat "
                 "demonstrators, will cut 80 million kronor this year.", "sanctions")
    assert (signal.status, signal.plover) == ("actual", "SANCTION")


def test_a_build_up_of_troops_reported_by_border_guards():
    signal = one("Georgian border police reported a build-up of Russian troops near the boundary line on Sunday.",
                 "troop_buildup")
    assert (signal.status, signal.plover) == ("actual", "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Leaders of the gang threatened attacks on shopkeepers who refused to pay, residents said.",
    "Moscow will \"firmly respond\" to any attempt by Finland to host nuclear weapons, a Kremlin spokesman said.",
])
def test_threats_by_armed_groups_and_promised_firm_responses(text):
    assert strongest(text).plover == "THREATEN", signals(text)


def test_a_club_responding_firmly_to_fans_threatens_no_one():
    assert not signals("The club will respond firmly to any fan who throws objects onto the pitch, the chairman said.")


@pytest.mark.parametrize("text, dyad", [
    ("Bank accounts of three former junta ministers were frozen under a decree issued by Niger's finance ministry.",
     "NER>?"),
    ("The introduction by Beijing of a ban on imports of Australian barley angered Canberra.", "CHN>AUS"),
    ("Members of the European Union extended the travel ban on officials of the Belarusian government.", "EU>BLR"),
    ("Mali has suspended its participation in the West African regional bloc, the junta said.", "MLI>?"),
    ("Nicaragua revoked the accreditation of two Spanish reporters on Monday.", "NIC>ESP"),
])
def test_measures_whose_taker_is_an_act_an_agent_or_a_body_s_members(text, dyad):
    signal = one(text, "sanctions")
    assert (signal.status, signal.plover, signal.dyad) == ("actual", "SANCTION", dyad)


@pytest.mark.parametrize("text", [
    "The Iranian navy said any foreign warship entering the strait would be met with force.",
    "Pyongyang said its navy would take physical action against any ship that entered its waters.",
    "The rebels said any soldier who crossed the river would be treated as an enemy.",
])
def test_promises_of_force_against_whoever_crosses_a_line(text):
    assert one(text, "threat").plover == "THREATEN"


def test_equipment_transferred_from_a_state_is_its_delivery():
    signal = one("Twelve howitzers transferred from Norway arrived at a Lithuanian army base on Friday.",
                 "arms_delivery")
    assert (signal.status, signal.dyad) == ("actual", "NOR>LTU")


def test_military_planes_loaded_with_relief_deliver_aid():
    signal = strongest("Jordan sent three military transport planes loaded with medicine and flour to Gaza on Sunday.")
    assert signal.plover == "AID"


@pytest.mark.parametrize("text, dyad", [
    ("The Japanese coast guard sent two cutters to the disputed islands on Friday.", "JPN>?"),
    ("Russia moved two missile batteries to the Kuril Islands this week.", "RUS>?"),
])
def test_cutters_and_missile_batteries_sent_are_a_deployment(text, dyad):
    signal = one(text, "troop_buildup")
    assert (signal.plover, signal.dyad) == ("MOBILIZE", dyad)


@pytest.mark.parametrize("text", [
    "Ankara slapped anti-dumping duties on Chinese steel pipes on Friday.",
    "Bolivia's central bank ordered lenders to freeze the accounts of five former ministers.",
    "The Arab League barred the delegation of the military junta from attending its summit.",
    "Lithuania closed its borders to Belarusian trucks on Thursday.",
    "Tunisia imposed an exit ban on four opposition leaders.",
    "Hungary said it would no longer buy gas from the firm and expelled two Slovak diplomats.",
])
def test_measures_named_by_noun_ordered_of_others_or_done_after_a_refusal(text):
    signal = strongest(text)
    assert signal.plover == "SANCTION" and signal.status in ("actual", "planned")  # an order is planned


def test_border_closed_for_a_storm_is_no_sanction():
    assert not signals("The port authority closed the harbour for two days as the storm approached.")


def test_patrols_a_state_suspends_are_no_deployment():
    found = signals("The Philippine government suspended joint naval patrols with Vietnam's navy on Monday.")
    assert [s.plover for s in found] == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Five engineers were kidnapped at gunpoint on the highway outside the city, their employer said.",
    "The abduction of 40 villagers near the town was confirmed by local officials.",
    "Heavy fighting between rival army units erupted in Khartoum overnight, residents said.",
    "A drone attack on a fuel depot in Russia's Belgorod region caused a fire, officials said, blaming Kyiv.",
])
def test_attacks_named_by_their_victims_or_their_place(text):
    signal = strongest(text)
    assert (signal.plover, signal.status) == ("ASSAULT", "actual")


def test_a_kidnapping_in_a_novel_needs_its_victims():
    assert not signals("The novel tells of a kidnapping that never happened.")


@pytest.mark.parametrize("text", [
    "Consultations were held in Beijing between Chinese and Vietnamese deputy foreign ministers.",
    "The Kenyan president was in Addis Ababa on Monday for discussions with Ethiopia's prime minister.",
    "A meeting of army chiefs from the Gulf states took place in Doha on Sunday.",
    "The visit of the Turkish foreign minister to Cairo included a meeting with Egypt's president.",
])
def test_talks_named_by_noun_with_their_parties(text):
    assert strongest(text).plover == "CONSULT"


@pytest.mark.parametrize("text", [
    "Taiwan raised its alert level after Chinese warships approached the island.",
    "Hundreds of armed fighters have been massing on the outskirts of Tripoli since Friday, witnesses said.",
    "A build-up of Russian troops near the Finnish border has been reported by local residents.",
])
def test_readiness_raised_and_forces_massing_mobilise(text):
    assert strongest(text).plover == "MOBILIZE"


@pytest.mark.parametrize("text, source", [
    ("Medicines sent by Japan reached hospitals in Gaza on Tuesday.", "JPN"),
    ("Tons of rice from Thai charities were unloaded at the port of Yangon.", "THA"),
])
def test_relief_whose_sender_is_its_participle_s_agent_or_its_origin(text, source):
    signal = one(text, "agreement")
    assert (signal.plover, signal.source.code) == ("AID", source)


@pytest.mark.parametrize("text, dyad", [
    ("Russia was expelled from the Council of Europe over the invasion of Ukraine.", "COE>RUS"),
    ("Belarus was barred from the next summit of the regional bloc.", "?>BLR"),
])
def test_a_party_excluded_from_a_body_or_its_summit_is_sanctioned(text, dyad):
    signal = one(text, "sanctions")
    assert (signal.plover, signal.status, signal.dyad) == ("SANCTION", "actual", dyad)


def test_houses_set_ablaze_by_militiamen_are_attacked():
    assert one("Several houses were set ablaze by militiamen in the village, residents said.", "attack").status == "actual"


def test_visas_a_state_stops_issuing_are_a_sanction():
    signal = one("India stopped issuing visas to Canadian citizens amid the diplomatic row.", "sanctions")
    assert (signal.plover, signal.dyad) == ("SANCTION", "IND>CAN")


def test_a_promise_of_force_with_an_inverted_condition_threatens():
    found = signals("The rebel leader vowed that his fighters would storm the capital should the president refuse "
                    "to resign.")
    assert max(found, key=lambda s: s.confidence).plover == "THREATEN"


@pytest.mark.parametrize("text", [
    "Kenya will send 1,000 police officers to the multinational force in Haiti.",
    "Norway has offered to host the next round of talks between Ethiopia and Eritrea.",
])
def test_troops_pledged_to_a_mission_and_talks_offered_to_others_agree(text):
    assert strongest(text).plover == "AGREE"


def test_an_attack_on_a_police_station_that_counts_its_dead():
    signal = one("The attack on the police station in the provincial capital left 11 officers dead.", "attack")
    assert (signal.plover, signal.status) == ("ASSAULT", "actual")


@pytest.mark.parametrize("text", [
    "The Polish carrier will take delivery of 12 new jets from Embraer next spring.",
    "Boeing delivered 20 jets to a Vietnamese airline last month.",
    "The Irish lessor received eight narrow-body jets from Airbus.",
    "Airbus will deliver 25 wide-body jets to Saudi Arabia next year.",
])
def test_jets_delivered_to_a_business_or_described_as_airliners_are_civil(text):
    assert not [s for s in signals(text) if s.type == "arms_delivery"]


def test_fighter_jets_a_navy_takes_delivery_of_are_still_arms():
    assert one("The Indian navy took delivery of two new fighter jets.", "arms_delivery").plover == "AID"


@pytest.mark.parametrize("text, dyad", [
    ("Qatar sent three military planes carrying tents and medicine to Turkey on Monday.", "QAT>TUR"),
    ("A team of 60 Chinese doctors and nurses arrived in Tanzania to fight a cholera outbreak.", "CHN>TZA"),
])
def test_military_vehicles_carrying_relief_and_units_of_medics_are_aid(text, dyad):
    signal = strongest(text)
    assert (signal.plover, signal.dyad) == ("AID", dyad)


def test_a_patrol_that_is_ambushed_is_no_deployment():
    found = signals("Insurgents ambushed a police patrol near the Malian town of Gao, killing four officers.")
    assert found and not [s for s in found if s.plover == "MOBILIZE"]


def test_a_veto_held_over_a_condition_raises_no_sanctions_alert():
    """The package is the bloc's and the veto would stop it: no sanctions are threatened against anyone."""
    found = signals("Austria said it would veto the bloc's next sanctions package unless Russian gas kept flowing.")
    assert not [s for s in found if s.type == "sanctions" and s.escalates]


def test_armoured_command_vehicles_delivered_are_arms():
    signal = one("Latvia delivered a batch of armoured command vehicles to Ukraine on Thursday.", "arms_delivery")
    assert (signal.plover, signal.dyad) == ("AID", "LVA>UKR")


def test_a_field_hospital_a_state_sets_up_is_aid():
    assert one("Egypt set up a field hospital near Rafah on Monday.", "agreement").plover == "AID"


@pytest.mark.parametrize("text", [
    "Brazil's football confederation suspended the club's stadium for three games after a pitch invasion.",
    "Air France pilots began a strike on Monday over pensions, forcing the airline to cancel 200 flights.",
    "French air traffic controllers walked out on Friday, forcing airlines to cancel hundreds of flights.",
])
def test_sport_bodies_penalties_and_workers_strikes_raise_no_alert(text):
    """A sport body's penalty is no state's measure, a pitch invasion no attack, and a strike that makes an airline
    cancel flights no sanction of the state the airline or its staff are named for."""
    from schemas.analysis import DEESCALATION_TYPES
    assert [s for s in signals(text) if s.type not in DEESCALATION_TYPES and s.status in ("actual", "planned")] == []


def test_a_state_that_orders_its_airline_to_halt_flights_still_sanctions():
    signal = one("The Foreign Ministry ordered the national airline to suspend all flights to Israel.", "sanctions")
    assert signal.target.code == "ISR" and signal.plover == "SANCTION"


@pytest.mark.parametrize("text", [
    "Estonia has handed over 120mm mortar rounds to the Ukrainian army.",
    "Japan has given Palau a maritime patrol aircraft for its coast guard.",
])
def test_mortar_rounds_and_patrol_aircraft_handed_over_are_arms(text):
    assert one(text, "arms_delivery").plover == "AID"


def test_a_ban_that_comes_into_force_in_a_state_is_its_sanction():
    signal = one("A ban on entry for holders of Iranian diplomatic passports came into force in the United Kingdom on "
                 "Friday.", "sanctions")
    assert (signal.plover, signal.status, signal.source.code) == ("SANCTION", "actual", "GBR")


def test_an_attack_in_an_adjunct_is_the_clause_subject_s_and_done():
    signal = one("Gunmen burned a market after overrunning a police post in the valley.", "attack")
    assert (signal.plover, signal.status) == ("ASSAULT", "actual")


def test_a_threat_to_answer_a_deployment_outranks_the_deployment():
    signal = strongest("India would respond militarily to the deployment of Chinese troops in Bhutan.")
    assert signal.plover == "THREATEN"


def test_two_parties_agreeing_to_move_their_fighters_agree():
    found = signals("The Malian army and the Tuareg rebels agreed to move their fighters into four camps near Kidal.")
    assert max(found, key=lambda s: s.confidence).plover == "AGREE"


def top(text):
    found = signals(text)
    return max(found, key=lambda s: s.confidence) if found else None


@pytest.mark.parametrize("text, dyad", [
    ("Emissaries from Tehran and the Taliban held talks in Doha on Monday.", "IRN>TALIBAN"),
    ("The head of Egypt's intelligence service met Israeli officials in Cairo on Monday.", "EGY>ISR"),
    ("Kenya's foreign minister met his Somali counterpart in Nairobi on Thursday.", "KEN>SOM"),
    ("Chad's president and rebel leaders gathered on Sunday for a new round of dialogue.", "TCD>?"),
    ("Negotiations between the Colombian government and a dissident guerrilla faction opened in Caracas on Tuesday.",
     "?>COL"),
])
def test_talks_with_parties_named_together_or_as_the_met_party_are_consultations(text, dyad):
    """The party met, not where (`in Nairobi`); parties coordinated or named after `between`; an office holder
    by the `of` of the body he heads."""
    signal = top(text)
    assert (signal.plover, signal.type, signal.dyad) == ("CONSULT", "talks", dyad)


def test_a_deal_agreed_between_a_government_and_an_armed_group_is_an_agreement():
    signal = top("A prisoner exchange deal was agreed between the Yemeni government and southern separatists on Sunday.")
    assert (signal.plover, signal.status) == ("AGREE", "actual")


@pytest.mark.parametrize("text, dyad", [
    ("Brazil's president said he would travel to Kyiv and Moscow next month.", "BRA>UKR"),
    ("Armenia's president said she would meet the Azerbaijani leader in Prague.", "ARM>AZE"),
])
def test_he_or_she_who_will_meet_is_the_speaker(text, dyad):
    signal = top(text)
    assert (signal.type, signal.status, signal.plover, signal.dyad) == ("talks", "planned", "AGREE", dyad)


@pytest.mark.parametrize("text", [
    "The coach said he would meet the players on Monday.",
    "The head of the football club met fans after the match.",
])
def test_meetings_in_sport_stay_quiet(text):
    assert signals(text) == []


def test_dialogue_between_others_that_one_party_calls_for_is_no_consultation():
    assert [s.plover for s in signals("Germany called for a return to the dialogue between Serbia and Kosovo.")
            if s.plover == "CONSULT"] == []


@pytest.mark.parametrize("text, plover", [
    ("Qatar handed over 5,000 tonnes of flour to the government of Sudan on Monday.", "AID"),
    ("Slovakia handed over 30 armoured vehicles to Ukraine's army on Friday.", "AID"),
])
def test_a_particle_the_parser_reads_as_an_amount_still_makes_the_phrasal_verb(text, plover):
    """`handed over 5,000 tonnes` is parsed as `over 5,000` (more than): the verb keeps its `hand over` reading."""
    assert top(text).plover == plover


def test_an_amount_after_a_verb_keeps_its_verb():
    assert top("Russia sent over 2,000 troops to the border with Finland.").plover == "MOBILIZE"


@pytest.mark.parametrize("text", [
    "Cameroon will deploy troops to the disputed peninsula to secure it if Nigerian forces do not leave by Friday.",
    "Nepal's minister said the government would seek the deployment of Indian troops should Maoist rebels attempt "
    "to take the capital.",
])
def test_a_condition_hung_on_a_purpose_clause_or_beside_the_plan_makes_it_a_threat(text):
    assert (top(text).plover, top(text).status) == ("THREATEN", "threatened")


def test_a_feared_delivery_in_a_condition_does_not_outrank_the_threat():
    text = ("Rwanda warned that it could reconsider its role in the talks if Belgium continued sending arms to "
            "Kinshasa.")
    assert top(text).plover == "THREATEN"
    assert one(text, "arms_delivery").status == "hypothetical"


@pytest.mark.parametrize("text, dyad", [
    ("The Caribbean Community suspended Haiti's voting rights at its summit on Friday.", "?>HTI"),
    ("Georgia revoked the broadcasting licence of a Russian state channel on Friday.", "GEO>RUS"),
    ("Kazakhstan's central bank told lenders to stop processing payments to Russian banks.", "KAZ>RUS"),
    ("Two Hamas commanders and a money exchange firm were added to the Bahraini terrorism list on Sunday.", "?>HAMAS"),
])
def test_rights_credentials_and_payments_stopped_and_leaders_listed_are_sanctions(text, dyad):
    """A regional community is a body of states, not a company; voting rights, licences, credentials and payments are
    what a measure withdraws; commanders and firms are whom a list takes."""
    signal = top(text)
    assert (signal.plover, signal.type, signal.dyad) == ("SANCTION", "sanctions", dyad)


@pytest.mark.parametrize("text, dyad", [
    ("Mali gave the French ambassador 72 hours to leave the country.", "MLI>FRA"),
    ("Burkina Faso's junta ordered two French diplomats to leave the country within 48 hours.", "BFA>FRA"),
])
def test_a_diplomat_given_hours_or_ordered_to_leave_is_expelled(text, dyad):
    signal = top(text)
    assert (signal.plover, signal.type, signal.dyad) == ("SANCTION", "diplomatic_rupture", dyad)


def test_forces_given_days_to_withdraw_are_under_an_ultimatum_not_withdrawing():
    assert top("The alliance gave the rebel forces ten days to withdraw their heavy guns or face air strikes."
               ).plover != "YIELD"


def test_officers_of_a_force_placed_under_a_measure_are_not_deployed():
    text = "Two generals of the Syrian Democratic Forces were placed under an asset freeze by the British government."
    assert [s.type for s in signals(text)] == ["sanctions"]


@pytest.mark.parametrize("text", [
    "The ambassador left the embassy on Friday.",
    "The football association suspended the striker's playing rights for three matches.",
    "The bank stopped processing payments during the outage.",
    "The regulator revoked the broadcasting licence of a local radio station.",
    "The minister gave the ambassador a letter to take to his government.",
])
def test_everyday_suspensions_and_departures_stay_quiet(text):
    assert signals(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Two Moroccan military aircraft landed in Nouakchott on Friday with tents, food and blankets for flood victims.",
     "agreement"),
    ("British military cargo planes carrying body armour and ammunition landed in Nairobi for the Kenyan police.",
     "arms_delivery"),
])
def test_military_aircraft_that_bring_a_cargo_deliver_it(text, kind):
    """The vehicle that lands with relief, or that its modifier's noun names as carrying a cargo (`military cargo
    planes carrying`), brings what it carries: no deployment."""
    assert [(s.type, s.plover) for s in signals(text)] == [(kind, "AID")]


def test_military_aircraft_that_land_with_troops_are_deployed():
    assert top("Two Russian military aircraft landed in Venezuela with troops on board.").plover == "MOBILIZE"


def test_a_clause_after_with_is_no_reception():
    signal = top("Medicines were flown into Juba by the WHO on Monday, with 20 tonnes arriving for the clinics.")
    assert (signal.plover, signal.target.code) == ("AID", "SSD")


@pytest.mark.parametrize("text, plover", [
    ("Sweden handed over 15 ambulances to hospitals in Moldova.", "AID"),
    ("Denmark pledged 500 million kroner to help Ukraine rebuild its power grid.", "AGREE"),
    ("The European Union approved a 10 billion euro bailout for Cyprus on Monday.", "AID"),
    ("Japan gifts 500,000 vaccine doses to Vietnam.", "AID"),
])
def test_ambulances_and_sums_in_any_currency_are_relief(text, plover):
    assert top(text).plover == plover


@pytest.mark.parametrize("text", [
    "Japan's cabinet approved a record defence budget of 7.95 trillion yen.",
    "Japan's cabinet approved a record defence budget of $60 billion.",
    "The ambassador's speech was received with applause in Kyiv.",
])
def test_a_sum_that_measures_a_budget_is_not_given(text):
    assert signals(text) == []


@pytest.mark.parametrize("text, dyad", [
    ("The Philippine navy moved three corvettes to the shoal after Chinese coast guard ships gathered nearby.",
     "PHL>CHN"),
    ("Satellite photos show a build-up of Russian landing craft at a port opposite Gotland.", "RUS>?"),
    ("The deployment of a French naval task group to the eastern Mediterranean was announced on Monday.", "FRA>?"),
])
def test_corvettes_landing_craft_and_task_groups_are_forces_and_a_split_build_up_is_one(text, dyad):
    signal = top(text)
    assert (signal.plover, signal.dyad) == ("MOBILIZE", dyad)


def test_a_peacekeeping_battalion_sent_is_a_contribution():
    assert top("Ghana will send a peacekeeping battalion to South Sudan next year.").plover == "AGREE"


@pytest.mark.parametrize("text", [
    "The company reported a build-up of inventory at its warehouses.",
    "The museum moved its landing craft to a new hall for the exhibition.",
])
def test_stock_and_exhibits_moved_are_no_forces(text):
    assert signals(text) == []


def test_a_patrol_that_is_attacked_is_the_target_not_a_deployment():
    assert [s.plover for s in signals("A Nigerian army patrol was attacked by bandits in Zamfara state on Sunday.")
            ] == ["ASSAULT"]


def test_a_ship_hit_by_a_projectile_is_attacked():
    assert top("A tanker was hit by a projectile off the coast of Hodeidah, a maritime security firm said."
               ).plover == "ASSAULT"


@pytest.mark.parametrize("text", [
    "A fan was hit by a projectile thrown from the stands during the match.",
    "A gang hit the shop twice last year.",
])
def test_projectiles_at_matches_and_gangs_robbing_shops_stay_quiet(text):
    assert signals(text) == []


def test_a_mission_that_reports_is_the_speaker_not_aid():
    text = "Ethiopian troops pulled back from the border town on Friday, the UN peacekeeping mission said."
    assert "AID" not in [s.plover for s in signals(text)]


def test_a_mission_that_arrives_is_still_deployed():
    assert top("The UN peacekeeping mission arrived in Bangui on Monday.").plover == "AID"


@pytest.mark.parametrize("text", [
    "The Norwegian spin-off of the shipping group will cut freight rates on Asia-Europe routes to win back customers.",
    "Turkey's central bank raised its policy rate to 50% and restricted lending growth for banks.",
    "The European Central Bank will halt its bond purchases in July.",
    "Thailand will cut visa fees for Chinese and Indian tourists from next month.",
    "Moody's cut Israel's credit rating by one notch, citing the cost of the war in Gaza.",
    "Nigeria's central bank restricted dollar purchases by bureaux de change to stem the slide of the naira.",
    "A Thai start-up is using drones to pollinate orchards, cutting labour costs by half.",
])
def test_an_economic_quantity_is_no_object_of_a_measure_whoever_acts(text):
    """Rates, costs, fees, ratings and purchases of bonds or dollars: prices and quantities, not a state's measure."""
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, dyad", [
    ("The EU will continue to impose severe costs on Russia for its aggression.", "EU>RUS"),
    ("The EU imposed import duties on Chinese electric cars.", "EU>CHN"),
    ("Moscow cut lending to Belarus after the disputed vote.", "RUS>BLR"),
])
def test_costs_imposed_and_duties_levied_on_a_state_are_still_sanctions(text, dyad):
    assert one(text, "sanctions").dyad == dyad


@pytest.mark.parametrize("text", [
    "The Turkish joint-venture of a German carmaker suspended production for a week because of a parts shortage.",
    "The Italian fashion house put an embargo on photographs of its collection until the Milan show.",
    "Denmark's Maersk will deploy twelve new methanol-powered vessels on Asia-Europe routes, the shipping group said.",
    "The Finnish telecoms group will deploy 5G equipment at 2,000 sites across the country.",
    "The Brazilian mining group said it would deploy electric trucks at its mines.",
    "A Nigerian start-up delivers blood to hospitals by drone in Lagos, and it plans to expand to Ghana.",
])
def test_hyphenated_and_trade_named_businesses_and_their_fleets_are_commercial(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Russia deployed four warships and several patrol vessels to the Black Sea.", "troop_buildup"),
    ("The defence company delivered howitzers to Ukraine.", "arms_delivery"),
])
def test_warships_and_howitzers_are_no_company_fleet(text, kind):
    assert one(text, kind).escalates


@pytest.mark.parametrize("text", [
    "India banned exports of onions to stabilise domestic prices after a poor harvest.",
    "The Croatian government imposed a price cap on 70 basic foods to fight inflation.",
    "The health ministry threatened to suspend the licences of trainee doctors who do not return to work.",
])
def test_domestic_trade_policy_and_labour_disputes_are_no_sanctions(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, dyad", [
    ("Beijing banned exports of graphite to the United States.", "CHN>USA"),
    ("The G7 agreed to enforce a price cap on Russian crude.", "G7>RUS"),
    ("China banned exports of gallium and germanium.", "CHN>?"),
    ("Georgia's parliament revoked the licences of two opposition television channels.", "GEO>?"),
])
def test_export_bans_price_caps_and_licences_aimed_at_others_stay_sanctions(text, dyad):
    assert one(text, "sanctions").dyad == dyad


@pytest.mark.parametrize("text", [
    "Ireland's food bank network said volunteers had been mobilised to deliver hampers to 40,000 families.",
    "The Hollywood blockbuster bombed at the box office in China, while a local war epic dominated screens.",
    "Italian firefighters battled flames on Sicily's slopes, and Greece sent two water bombers to help.",
    "Spain's women overran Sweden 4-1 in Gothenburg, with their midfield pressing high.",
    "A Dutch ethical hacker found a flaw in a popular router made in Taiwan.",
    "Australian researchers bombarded a sample of lunar soil with protons to simulate the solar wind.",
])
def test_volunteers_flops_fires_scores_and_laboratories_are_no_conflict(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Russian jets bombed a market in Idlib, killing 12 people.", "attack"),
    ("Russian hackers broke into the Czech foreign ministry's email servers.", "cyberattack"),
])
def test_bombs_dropped_and_hackers_of_a_state_still_count(text, kind):
    assert one(text, kind).escalates


@pytest.mark.parametrize("text, plover", [
    ("Estonia's border guard denied entry to 11 Russian nationals suspected of working for military intelligence.",
     "SANCTION"),
    ("Chinese customs suspended imports of Lithuanian beef and dairy amid the row over Taiwan.", "SANCTION"),
    ("Masked men torched six buses and a police post in Cauca province overnight, officials said.", "ASSAULT"),
    ("Unknown attackers set fire to a mosque and several houses in a village in central Nigeria.", "ASSAULT"),
    ("A cyberattack that paralysed Costa Rica's finance ministry has shut down customs and tax systems.", "ASSAULT"),
    ("Iran freed 12 people detained during last year's protests, the judiciary said.", "YIELD"),
    ("Cuba's government released 50 people jailed after the July demonstrations.", "YIELD"),
    ("Myanmar's junta pardoned more than 3,000 prisoners, including two foreign journalists.", "YIELD"),
])
def test_border_policing_of_foreigners_unnamed_arsonists_cyberattacks_on_states_and_releases_of_the_held(text, plover):
    assert top_plover(text) == plover


@pytest.mark.parametrize("text", [
    "The city council barred trucks from entering the old town during the festival.",
    "A ransomware attack on a hospital chain disrupted its billing systems, the company said.",
    "Hackers stole customer data from a British retailer, the company said.",
    "Firefighters said the fire at the warehouse was started by a faulty heater.",
    "The singer released her third album on Friday and flew to Paris for the launch.",
])
def test_local_bans_company_hacks_accidental_fires_and_album_releases_stay_quiet(text):
    assert top_plover(text) is None


@pytest.mark.parametrize("text", [
    "The Oceania Football Confederation imposed sanctions on a Fijian club after its fans threw flares at the referee.",
    "World Rugby imposed sanctions on the Portuguese union for fielding two ineligible players against Georgia.",
    "The national basketball league's disciplinary panel sanctioned a Lithuanian team whose ultras fought in the stands.",
])
def test_a_sport_body_disciplining_clubs_players_or_fans_is_no_sanction(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Sea ice blockaded the port of Lulea, and shipping lines cancelled calls from Germany and Poland.",
    "Thick fog forced Air Astana to cancel flights between Almaty and Tashkent in Uzbekistan.",
    "Ferries between Split in Croatia and Ancona in Italy were cancelled because of a gale.",
    "A strike by air traffic controllers forced Hungary to suspend flights to Romania.",
])
def test_weather_breakdowns_and_labour_stoppages_cancelling_or_blocking_are_no_measures(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "The Kenyan government has sanctioned 4 billion shillings for a dual carriageway near Mombasa.",
    "The state cabinet sanctioned funds for two new medical colleges in Odisha.",
    "India's finance ministry sanctioned a loan of 30 billion rupees to Sri Lanka for a housing scheme.",
])
def test_sanctioning_sums_funds_and_works_is_approval_not_a_penalty(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind, dyad", [
    ("Britain sanctioned nine Belarusian officials over the rigged election.", "sanctions", "GBR>BLR"),
    ("The US Treasury sanctioned the Arctic LNG 2 project.", "sanctions", "USA>?"),
    ("Russia's naval blockade of Ukraine's ports has halted grain exports.", "sanctions", "RUS>UKR"),
    ("China cancelled the visit of the Dutch defence minister over chip export controls.", "diplomatic_rupture",
     "CHN>?"),
    ("Canada imposed sanctions on the owner of a Russian football club close to the Kremlin.", "sanctions", "CAN>RUS"),
])
def test_sanctions_blockades_and_cancelled_visits_of_states_still_count(text, kind, dyad):
    assert one(text, kind).dyad == dyad


@pytest.mark.parametrize("text, plover", [
    ("Guatemala called back its envoy from Managua on Friday over the expulsion of a bishop.", "SANCTION"),
    ("Ecuador brought home its ambassador to Mexico after police raided the embassy in Quito.", "SANCTION"),
    ("Poland ordered three Belarusian consular officials to leave by Monday, the ministry said.", "SANCTION"),
    ("Mali asked the French ambassador to leave the country within 72 hours.", "SANCTION"),
    ("Washington lifted visa bans and export curbs on Belarus's potash producer after the prisoner deal.", "YIELD"),
    ("Venezuela freed six Americans and flew them home on a US government plane.", "YIELD"),
    ("Israel pulled its troops back from the outskirts of Khan Younis, the army said.", "YIELD"),
    ("Azerbaijan returned its envoy to Tehran months after the attack on its embassy.", "YIELD"),
    ("Chile and Peru restored full diplomatic relations on Monday.", "YIELD"),
    ("Ministers were still discussing the matter when Norway announced a ban on arms exports to Israel.", "SANCTION"),
])
def test_envoys_called_home_or_asked_to_leave_concessions_over_what_they_undo_withdrawals_and_ties_restored(
        text, plover):
    assert top_plover(text) == plover


@pytest.mark.parametrize("text", [
    "The shop called home its delivery staff after the storm.",
    "The school asked parents to leave their cars outside the gates.",
    "The airline flew 300 passengers to Lisbon on its first flight of the season.",
    "The team pulled back a goal in the second half but lost 2-1.",
    "The museum reopened its east wing after a two-year renovation.",
    "The bank restored its dividend after a two-year pause.",
])
def test_staff_sent_home_passengers_flown_goals_pulled_back_and_reopened_wings_stay_quiet(text):
    assert top_plover(text) is None


@pytest.mark.parametrize("text", [
    "Twenty tonnes of medical supplies from the Turkish Red Crescent arrived in Beirut on Monday for people displaced"
    " by the bombing.",
    "A planeload of blankets and tents sent by Qatar landed at Kabul airport on Friday.",
    "A Chinese rescue team of 80 specialists arrived in Kathmandu on Sunday to help search for survivors.",
    "India dispatched a team of 50 disaster response specialists to Nepal after the landslide.",
])
def test_relief_counted_in_tonnes_or_teams_is_aid_from_who_sends_it(text):
    assert top_plover(text) == "AID"


@pytest.mark.parametrize("text", [
    "Field radios and body armour worth 5 million dollars were handed to Somalia's army at a ceremony in Mogadishu.",
    "Three patrol boats were handed to the Ghanaian navy by Germany on Monday.",
])
def test_equipment_handed_to_an_armed_service_is_aid(text):
    assert top_plover(text) == "AID"


@pytest.mark.parametrize("text", [
    "Twenty tonnes of steel from a Turkish mill arrived in Beirut on Monday.",
    "Forty tonnes of fish were unloaded at the port of Aberdeen on Tuesday.",
    "The club dispatched a team of 30 scouts to Brazil to watch young players.",
    "The trophy was handed to the army team captain after the final in Twickenham.",
    "A team of engineers from Siemens arrived in Cairo on Monday to inspect the turbines.",
])
def test_goods_teams_and_trophies_that_are_no_relief_stay_quiet(text):
    assert top_plover(text) is None


@pytest.mark.parametrize("text", [
    "Peru's president called out the armed forces in five provinces to restore order after the protests.",
    "Ecuador's president called out the army to patrol the streets of Guayaquil.",
])
def test_calling_out_the_armed_forces_is_mobilisation(text):
    assert top_plover(text) == "MOBILIZE"


def test_calling_out_a_referee_stays_quiet():
    assert top_plover("The coach called out the referee after the match in Madrid.") is None


@pytest.mark.parametrize("text", [
    "Mexico's medicines regulator banned a slimming tea imported from Peru after three people fell ill.",
    "The Polish bar association imposed sanctions on an attorney who had misled a court in Krakow.",
    "A Kenyan commercial court froze the assets of a Ugandan construction firm that owed its suppliers.",
    "The Spanish competition watchdog raided the offices of four Italian tyre makers suspected of a cartel.",
])
def test_measures_and_raids_by_courts_and_regulators_are_domestic_regulation(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "The Norwegian central bank's survey is under embargo until 10:00 on Friday.",
    "Journalists in Finland received the study under an embargo that lifts on Monday.",
    "Organisers lifted the embargo on the results of the Danish election poll at 8 pm.",
])
def test_a_press_embargo_on_a_report_is_no_sanction(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "An invasion of day-trippers from Germany has overwhelmed the old town of Salzburg in Austria.",
    "Students in Colombia occupied the main campus in Bogota to protest against fees.",
    "A mass of polar air invaded Finland and Estonia, sending temperatures to minus 35.",
    "An army of volunteer doctors from Cuba will be deployed to remote villages in Honduras.",
    "A Polish film about the German invasion of Poland in 1939 opened the festival in Gdynia.",
    "The new British drama depicting a Chinese attack on Taiwan has been banned in Hong Kong cinemas.",
])
def test_crowds_weather_metaphoric_armies_and_depicted_wars_are_no_events(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind, dyad", [
    ("Russia's consumer watchdog banned imports of Georgian wine, a move Tbilisi called political.", "sanctions",
     "RUS>GEO"),
    ("The United States imposed an arms embargo on South Sudan.", "sanctions", "USA>SSD"),
    ("Russia launched a full-scale invasion of Ukraine in February 2022.", "attack", "RUS>UKR"),
    ("Russia deployed an army of 100,000 troops along the border with Ukraine.", "troop_buildup", "RUS>UKR"),
])
def test_state_measures_embargoes_and_invasions_still_count(text, kind, dyad):
    assert one(text, kind).dyad == dyad


@pytest.mark.parametrize("text", [
    "Egypt's foreign minister spoke with the Israeli ambassador on Monday about the shelling of Rafah.",
    "The German chancellor talked by telephone with the Turkish president about the attacks in northern Syria.",
    "Qatar's emir spoke by telephone with the Iranian president regarding the bombing of the consulate in Damascus.",
    "The Indian and Chinese foreign ministers met in Moscow on Thursday to discuss the clashes in Ladakh.",
    "The Nigerian foreign minister met his Nigerien counterpart in Abuja on Tuesday about the raids on border villages.",
])
def test_an_attack_the_talks_are_about_is_their_subject_not_an_event(text):
    assert top_plover(text) == "CONSULT", signals(text)


@pytest.mark.parametrize("text", [
    "The striker spoke with reporters about the fighting between fans after the match.",
    "The author spoke about the bombing of Dresden at the book festival.",
    "The coach talked to reporters about the attack on the final day of the tournament.",
])
def test_talk_about_fighting_outside_diplomacy_stays_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Azerbaijan's defence ministry warned Armenia that its army would face a harsh response if the shelling did not stop.",
    "Turkey will not stand idly by if Greek troops are deployed on the Aegean islands, the Turkish defence minister said.",
    "Serbia will not sit idly by if Kosovo police move into the north, the Serbian president said.",
    "Kenya's army chief gave the militants 72 hours to release the captured officers or face a full military assault.",
])
def test_conditions_and_ultimatums_are_threats(text):
    assert top_plover(text) == "THREATEN", signals(text)


@pytest.mark.parametrize("text", [
    "The airline said it would cancel all flights to Spain if the strike did not end.",
    "The union gave the employer 48 hours to raise wages or face a strike.",
])
def test_business_conditions_and_deadlines_stay_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Iran will not 'sit idly by' if Israel strikes its nuclear sites, the Iranian foreign minister said.",
    "Algeria will not remain indifferent if Moroccan troops enter the buffer zone, the Algerian army said.",
    "China's defence ministry said Beijing would respond with force if Manila sent more ships to the shoal, in what "
    "Manila called an ultimatum.",
])
def test_negated_idleness_and_a_named_ultimatum_are_threats(text):
    assert top_plover(text) == "THREATEN", signals(text)


@pytest.mark.parametrize("text", [
    "The goalkeeper said he would not stand idly by if the club sold its best players.",
    "Fans will not remain indifferent if the stadium is sold, the supporters' club said.",
    "The board rejected what investors called an ultimatum from the hedge fund.",
])
def test_idleness_and_ultimatums_outside_politics_stay_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Sweden banned smoking on restaurant terraces, and Denmark and Finland said they would follow.",
    "Estonia capped electricity prices for households, and Latvia and Lithuania plan a similar cap.",
    "Australia restricted social media for teenagers, and New Zealand and Malaysia are preparing similar restrictions.",
    "Nepal's electoral commission barred a candidate from standing over his comments about India.",
    "Bolivia's anti-corruption agency froze the accounts of a Peruvian contractor.",
    "Georgian demonstrators besieged the parliament in Tbilisi over a law copied from Russia.",
    "A photo exhibition on the Iraqi invasion of Kuwait opened in Kuwait City.",
])
def test_copied_domestic_measures_oversight_bodies_crowds_of_nationals_and_exhibitions_are_no_events(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind, dyad", [
    ("Russia banned imports of wine, and Georgia protested.", "sanctions", "RUS>GEO"),
    ("Lithuania expelled two Russian diplomats, and Latvia and Estonia did the same.", "diplomatic_rupture",
     "LTU>RUS"),
    ("The United States imposed sanctions on Venezuela, and Canada followed suit on Monday.", "sanctions", "USA>VEN"),
])
def test_measures_on_a_state_keep_their_target_beside_imitators(text, kind, dyad):
    assert one(text, kind).dyad == dyad


@pytest.mark.parametrize("text", [
    "A museum in Riga displayed letters from Latvian conscripts who served in the Soviet army in the 1980s.",
    "The diaries of Finnish reservists from the Winter War were published in Helsinki this week.",
    "A Serbian theatre staged readings of letters written by conscripts during the Yugoslav wars.",
    "The book collects the memoirs of Polish recruits who were drafted in 1939.",
    "Veterans of the Soviet army in Afghanistan marched in Minsk on the anniversary of the withdrawal.",
])
def test_people_a_keepsake_recalls_and_veterans_of_a_force_are_no_mobilisation(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Spain sent two water bombers to Portugal, and France dispatched a helicopter as wildfires spread near Porto.",
    "Austria sent four helicopters to Germany after floods cut off towns in Bavaria.",
    "Romania sent 40 soldiers and two helicopters to Greece to help fight wildfires on Evia.",
    "Kenya will deploy drones to spray locusts in the north, the agriculture ministry said.",
])
def test_craft_and_troops_sent_against_fires_floods_or_pests_are_relief(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind, dyad", [
    ("Russia called up 300,000 reservists, and conscripts were sent to the front in Ukraine.", "mobilization",
     "RUS>UKR"),
    ("Turkey sent two attack helicopters to Azerbaijan, the defence ministry said.", "arms_delivery", "TUR>AZE"),
    ("France sent troops to Mali to fight jihadists in the north.", "troop_buildup", "FRA>MLI"),
    ("Russia deployed troops to the border after the floods, officials in Kyiv said.", "troop_buildup", "RUS>UKR"),
])
def test_call_ups_and_forces_sent_to_fight_a_party_still_count(text, kind, dyad):
    assert one(text, kind).dyad == dyad


@pytest.mark.parametrize("text, source", [
    ("JNIM fighters attacked an army post near Djibo, killing 12 soldiers.", "JNIM"),
    ("Hayat Tahrir al-Sham launched an offensive against Syrian government forces in Aleppo.", "HTS"),
    ("Tehreek-e-Taliban Pakistan threatened to attack Pakistani security forces in Khyber Pakhtunkhwa.", "TTP"),
    ("The Islamic State West Africa Province ambushed a Nigerian army convoy in Borno.", "ISWAP"),
    ("Viv Ansanm gangs attacked a police station in Port-au-Prince.", "VIV_ANSANM"),
])
def test_armed_groups_are_parties_to_what_they_do(text, source):
    assert strongest(text).source.code == source


def test_a_motorway_named_like_an_armed_group_raises_nothing():
    assert not signals("Traffic on the M23 was held up for hours after a lorry shed its load near Gatwick.")


@pytest.mark.parametrize("text", [
    "Iran-backed Houthi rebels threatened to strike American warships in the Red Sea.",
    "Russia-backed Wagner fighters vowed to storm the town of Kidal.",
    "Hezbollah, backed by Tehran, warned it would hit Israeli airfields.",
])
def test_a_backed_party_is_described_not_agreed_with(text):
    """`Iran-backed rebels`, `Hezbollah, backed by Tehran`: a participle that describes a party, no agreement."""
    assert [s.plover for s in signals(text)] == ["THREATEN"]


def test_a_deal_backed_by_a_state_is_still_a_deal():
    assert "agreement" in {s.type for s in signals("Qatar-backed negotiators signed a ceasefire deal with Hamas.")}


@pytest.mark.parametrize("text", [
    "Al-Shabaab militants vowed to ambush any convoy carrying food to Baidoa.",
    "The Arakan Army warned it would seize any boat carrying rice to Sittwe.",
    "The Houthis threatened attacks on tankers carrying crude oil to Israel.",
])
def test_the_cargo_of_a_target_is_no_delivery(text):
    """`attack trucks carrying fuel`, `attacks on tankers carrying oil`: what the target carries, not aid sent."""
    assert [s.plover for s in signals(text)] == ["THREATEN"]


def test_a_vehicle_sent_with_a_cargo_still_delivers_it():
    assert top("Norway sent three lorries carrying tents and blankets to Moldova.").plover in {"AID", "AGREE"}


@pytest.mark.parametrize("text", [
    "The Barmy Army will invade Melbourne next month as England's cricketers begin their Ashes defence.",
    "The Salvation Army mobilised hundreds of volunteers to feed families in Leeds over Christmas.",
    "Old Navy launched an attack on fast-fashion rivals with a new range of budget jeans, the retailer said.",
    "The Tartan Army stormed Dortmund ahead of Scotland's opening match, with 200,000 fans expected in the city.",
    "The Kaiser Chiefs and the Glasgow band Ocean Brigade will invade the festival circuit this summer.",
    "Tickets sold out in an hour as the Toon Army prepared its invasion of Madrid for the Champions League tie.",
])
def test_fan_groups_brands_and_bands_named_with_military_words_are_quiet(text):
    """`the Tartan Army`, `Old Navy`, `the band Ocean Brigade`: a name that holds a military word, no armed body."""
    assert not escalating(text)


@pytest.mark.parametrize("text, source", [
    ("The Free Syrian Army attacked government positions near Aleppo.", "SYR"),
    ("The Kachin Independence Army attacked a military outpost near the Chinese border.", "KIA"),
    ("The Pakistan Army launched an offensive against militants near the cricket stadium.", "PAK"),
    ("The Sudanese Army shelled the market in Omdurman on Sunday, killing 12 shoppers.", "SDN"),
])
def test_armed_bodies_named_with_military_words_still_act(text, source):
    assert top(text).source.code == source and top(text).plover == "ASSAULT"


@pytest.mark.parametrize("text", [
    "The Mahdi Army attacked a football stadium in Baghdad during a match.",
    "Fighters of the Mahdi Army stormed the festival grounds in Basra on Friday.",
    "The Lord's Resistance Army raided a village near the stadium and abducted 20 children.",
])
def test_an_armed_group_the_gazetteer_does_not_know_still_attacks_near_a_stadium(text):
    """A possible civil name is kept civil only in a sentence that confirms it: not where the act falls on the
    stadium or festival, other military words stand beside it, or the name is one armed groups take."""
    assert [s.plover for s in escalating(text)] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Hotel occupation rates in Crete hit 88% in July, the tourism ministry said.",
    "Occupation levels at Spanish campsites fell to 61 percent in September.",
    "Rental occupation in Lisbon stood at 94% last month, up from 90% a year earlier.",
    "The attack rate of the flu virus among schoolchildren was 12 percent this winter, health officials said.",
    "The opener's strike rate of 145 made him the most sought-after player in the auction.",
])
def test_conflict_words_used_as_rates_and_levels_are_quiet(text):
    """`occupation rates`, `strike rate`, `occupation stood at 94%`: a quantity measured, not an event."""
    assert not escalating(text)


@pytest.mark.parametrize("text", [
    "The army launched an invasion of the northern province at dawn.",
    "A Syrian army invasion of the border town was repelled on Monday.",
    "Israeli occupation forces raided the town of Jenin overnight.",
    "Russia's occupation of Crimea has lasted ten years, Ukraine said.",
    "The rate of Russian drone attacks on Kyiv rose sharply in May.",
])
def test_invasions_occupations_and_attack_counts_stay_attacks(text):
    assert [s.plover for s in escalating(text)] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Israel raised the alert level on its northern border with Lebanon.",
    "Beijing slapped anti-dumping duties of up to 80 percent on Canadian canola.",
])
def test_levels_and_percentages_of_measures_stay_signals(text):
    """`the alert level` a state raises and `duties of 80 percent` are measures, not rates of an attack word."""
    assert escalating(text)


@pytest.mark.parametrize("text, target", [
    ("The Patriot batteries that Germany pledged last month arrived in Poland on Saturday, officials said.", "POL"),
    ("Artillery shells paid for by Denmark have been arriving in Ukraine since the spring, the minister said.", "UKR"),
    ("A second batch of air defence systems from Israel arrived in Azerbaijan on Friday, the ministry said.", "AZE"),
    ("The Leopard tanks that Spain withdrew from service have begun arriving in Ukraine, officials said.", "UKR"),
])
def test_weapons_that_arrive_from_another_state_are_delivered(text, target):
    signal = strongest(text)
    assert (signal.type, signal.status, signal.plover, signal.target and signal.target.code) == (
        "arms_delivery", "actual", "AID", target)


@pytest.mark.parametrize("text, plover", [
    ("The new Ukrainian howitzers arrived at the front near Bakhmut on Monday, the army said.", None),
    ("The new iPhone models arrived in stores in Japan on Friday, Apple said.", None),
    ("Fans of the Leopards arrived in Durban for the final on Saturday.", None),
    ("Russian tanks arrived in Belarus ahead of joint exercises, the Belarusian defence ministry said.", "MOBILIZE"),
])
def test_weapons_that_only_move_are_not_delivered(text, plover):
    found = signals(text)
    best = max(found, key=lambda s: s.confidence) if found else None
    assert (best.plover if best else None) == plover, found


@pytest.mark.parametrize("text, target", [
    ("The first two Rafale jets touched down in Croatia as France completed the sale.", "HRV"),
    ("South Korean K9 howitzers reach Norway in first delivery under the contract.", "NOR"),
    ("Kenya receives first military transport aircraft from Italy.", "KEN"),
    ("Nigerian air force pilots took charge of six Chinese-built JF-17 jets at Makurdi.", "NGA"),
    ("Argentine navy sailors took possession of the first offshore patrol vessel built in France.", "ARG"),
])
def test_weapons_received_landing_or_reaching_a_state_are_delivered(text, target):
    """Landing, touching down and reaching name a delivery as arriving does; one told by its own words as a delivery
    (`in first delivery`) is one whichever state's name the weapons carry; crews who take possession act for their
    service."""
    signal = strongest(text)
    assert (signal.type, signal.status, signal.target and signal.target.code) == ("arms_delivery", "actual", target)


def test_jets_supplied_by_another_state_flown_home_are_delivered_not_deployed():
    found = signals("Greece's air force said its pilots had flown the first Rafale jets supplied by France home.")
    assert [(s.type, s.dyad) for s in found] == [("arms_delivery", "FRA>GRC")]


@pytest.mark.parametrize("text", [
    "Polish pilots flew their F-16 jets home from the NATO exercise in Spain.",
    "The missiles reached Kyiv despite air defences.",
    "Two fighter jets landed at the air show in Farnborough.",
    "Vietnam Airlines receives its first Airbus A350 jet.",
    "The first Embraer jets arrived in Nairobi for Kenya Airways.",
    "Two new Boeing jets arrived in Warsaw for the national airline.",
    "Four Eurofighter jets touched down in Estonia to begin a NATO rotation.",
    "F-35 jets arrived in Poland for the exercise.",
])
def test_weapons_that_land_reach_or_fly_home_are_not_delivered(text):
    assert not [s for s in signals(text) if s.type == "arms_delivery"]


def test_missiles_that_reach_their_targets_stay_no_delivery():
    assert not [s for s in signals("Russian missiles reached their targets in Kharkiv overnight, the governor said.")
                if s.type == "arms_delivery"]


@pytest.mark.parametrize("text, dyad", [
    ("A Turkish ship carrying 400 tonnes of oral rehydration salts and nutritional supplements docked in Port Sudan "
     "on Monday.", "TUR>SDN"),
    ("Ten trucks carrying flour and medicines crossed into northern Syria from Turkey on Tuesday, the UN said.",
     "TUR>SYR"),
    ("A plane chartered by the World Health Organization landed in Kabul on Friday with 30 tonnes of therapeutic "
     "food and cholera kits.",
     "WHO>AFG"),
    ("A Chinese cargo plane carrying 200 ventilators landed in Caracas on Sunday.", "CHN>VEN"),
])
def test_relief_that_arrives_in_a_vehicle_is_aid(text, dyad):
    signal = strongest(text)
    assert (signal.status, signal.plover) == ("actual", "AID")
    assert signal.dyad == dyad


@pytest.mark.parametrize("text", [
    "A cargo flight carrying 20 tonnes of salmon landed in Shanghai on Tuesday, the exporter said.",
    "Trucks carrying grain for export crossed into Poland on Monday, the customs service said.",
    "The pharmacy chain said its antibiotics and vitamin supplements arrived in stores in Texas on Monday.",
    "A plane carrying the England squad landed in Sydney on Friday ahead of the Ashes series.",
])
def test_goods_that_arrive_in_trade_are_no_aid(text):
    assert not [s for s in signals(text) if s.plover == "AID"], signals(text)


@pytest.mark.parametrize("text", [
    "The militia told the soldiers to leave the airport by Friday or be driven out by force, its commander said.",
    "Rebels gave foreign miners three days to abandon the concession or be treated as targets, a spokesman said.",
    "Houthi leaders said any ship entering the zone would be treated as a target.",
])
def test_an_ultimatum_with_a_penalty_is_a_threat(text):
    assert strongest(text).plover == "THREATEN"


def test_the_ultimatum_is_the_demanders_against_the_party_told():
    signal = one("The Southern Alliance told the Northern Brigade to quit the oil fields within 48 hours or be "
                 "driven out by force.", "threat")
    assert (signal.source.name, signal.target.name) == ("Southern Alliance", "Northern Brigade")


@pytest.mark.parametrize("text", [
    "The protesters were removed by force from the stadium pitch after the match, police said.",
    "Hundreds of squatters were driven out by force from the building last year, the council said.",
    "The coach said his players should be treated as adults and not as targets of criticism.",
])
def test_force_used_or_a_mere_target_is_no_ultimatum(text):
    assert not [s for s in signals(text) if s.plover == "THREATEN"], signals(text)


@pytest.mark.parametrize("text, dyad", [
    ("Turkish President Recep Tayyip Erdogan spoke by phone with his Iranian counterpart on Saturday.", "TUR>IRN"),
    ("Indian Foreign Minister Subrahmanyam Jaishankar held talks with his Chinese counterpart in Beijing on Monday.",
     "IND>CHN"),
    ("Brazilian President Lula held a call with his Argentine counterpart on trade.", "BRA>ARG"),
])
def test_a_counterpart_is_of_the_state_its_modifier_names(text, dyad):
    signal = one(text, "talks")
    assert (signal.dyad, signal.plover) == (dyad, "CONSULT")


def test_a_rival_met_in_a_contest_is_no_counterpart():
    assert not signals("French chef Alain Ducasse met his Italian rival in a televised cook-off on Sunday.")


@pytest.mark.parametrize("text", [
    "Mamelodi Sundowns launched a late attack that finally broke Orlando Pirates' resistance in the 79th minute.",
    "Simba SC launched a fierce attack on Young Africans in the 67th minute of the Dar es Salaam derby.",
    "Al Hilal mounted a sustained assault on Al Nassr's defence, with substitute Salem Al-Dawsari firing home.",
    "The Kolkata openers launched an assault on the bowling in the 14th over, hitting four sixes in a row.",
    "Ferrari's driver launched an attack on the leader on the 51st lap and took the lead at the hairpin.",
])
def test_match_reports_marked_by_sport_words_or_a_match_clock_are_quiet(text):
    """Derbies, substitutes and a numbered minute, over or lap mark a match report, whatever the clubs are called."""
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Phoenix Suns guard Devin Booker fired eight three-pointers in a 118-104 win over the Houston Rockets on Monday.",
    "Dallas Mavericks guard Luka Doncic fired 41 points over the Winnipeg Jets, silencing a hostile crowd.",
    "Carlos Alcaraz fired 17 aces past Daniil Medvedev in Indian Wells.",
    "The rookie quarterback fired three touchdown passes against the Tampa Bay Buccaneers on Sunday.",
])
def test_scores_fired_are_play_not_fire(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Thailand's PTT said it would launch its charging network in Laos and Cambodia next month, targeting drivers in Vientiane.",
    "Japan's Uniqlo will launch its linen range in India next month, targeting office workers in Mumbai.",
    "Samsung is targeting the Brazilian market with a low-cost phone launched on Monday.",
    "Reviewers called it a bold invasion of the Italian stage.",
    "Japanese anime has invaded American screens, with streaming platforms ordering new series.",
    "The Scandinavian crime novel invaded German bestseller lists in the 1990s.",
    "Plant-based burgers are invading supermarket shelves across Germany.",
])
def test_buyers_targeted_and_domains_invaded_are_no_attacks(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Russia launched missiles targeting Kyiv's power grid overnight.", "attack"),
    ("Russian forces fired rockets at Kharkiv on Tuesday, killing three civilians.", "attack"),
    ("Gunmen targeting commuters set off a bomb at a station in Quetta, killing six people.", "attack"),
    ("Israeli troops invaded the Gaza Strip on Friday.", "attack"),
    ("Houthi rebels fired drones and missiles at Saudi Arabia's oil facilities.", "attack"),
    ("Drones hit two water points near Kadugli on Saturday, killing nine civilians.", "attack"),
    ("Militants attacked an army post near the border in the early minutes of Sunday, killing four soldiers.",
     "attack"),
    ("The army launched an offensive in the 5th minute after the ceasefire expired.", "attack"),
    ("Police exchanged fire with gunmen in a shootout in Karachi, killing three militants.", "attack"),
    ("Iran fired missiles at Israel, a major escalation on the regional stage.", "attack"),
])
def test_attacks_on_people_places_and_with_weapons_still_count(text, kind):
    assert one(text, kind)


@pytest.mark.parametrize("text", [
    "The Bolshoi Ballet's troops arrived in London on Sunday for a fortnight of Swan Lake at Covent Garden.",
    "Troops from the Cirque du Soleil company were deployed to Macau for a new residency show.",
    "The charity's battalion of helpers was deployed to the flooded town to hand out blankets.",
    "The shipping firm's army of engineers arrived in Gdansk to refit the ferry over the winter.",
    "The touring theatre company's troops arrived in Perth on Friday for a month of Hamlet.",
])
def test_forces_of_troupes_charities_and_firms_are_no_forces(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Cotton growers in Gujarat launched an offensive against the armyworm with drones spraying neem oil.",
    "The Liberal leader launched a fierce assault on the government's budget at a rally in Calgary.",
    "The mayor launched an offensive against red tape, scrapping 40 permits for street cafes.",
    "Health officials launched an offensive against the outbreak of dengue with fumigation teams.",
    "The opposition launched an offensive against the government's pension reforms on Tuesday.",
])
def test_offensives_against_pests_policies_and_ills_are_campaigns(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Wagner's troops arrived near the border with Ukraine on Monday.", "troop_buildup"),
    ("The Russian army's troops were deployed along the border with Ukraine.", "troop_buildup"),
    ("The army launched an offensive against the rebels' plans to seize the town.", "attack"),
    ("Government forces launched an offensive against Islamist insurgents near Palma.", "attack"),
])
def test_forces_of_states_and_offensives_on_armed_parties_still_count(text, kind):
    assert one(text, kind)


@pytest.mark.parametrize("text", [
    "Pakistan freed 22 Indian fishermen arrested near Karachi last year and handed them over to Indian officials at "
    "the Wagah border on Monday.",
    "Venezuela handed back 14 Guyanese sailors to Guyana at the border on Saturday.",
    "The militia, which had abducted six Nigerien soldiers in March, returned them to Niger on Tuesday.",
    "Iran sent back the crew members of the seized tanker to Greece on Friday.",
])
def test_held_people_handed_back_are_a_concession(text):
    assert strongest(text).plover == "YIELD"


def test_held_people_handed_to_a_service_are_no_delivery():
    text = ("Myanmar released 40 Thai fishermen held for illegal fishing and handed them over to the Royal Thai Navy "
            "at sea on Sunday.")
    assert not [s for s in signals(text) if s.plover == "AID"], signals(text)


@pytest.mark.parametrize("text", [
    "France bought 30 armoured vehicles from a Belgian firm and handed them over to the Lebanese Army on Monday.",
    "Japan handed over two patrol boats to the Philippine Coast Guard on Tuesday.",
])
def test_materiel_handed_over_stays_a_delivery(text):
    assert strongest(text).plover == "AID"


@pytest.mark.parametrize("text", [
    "Police arrested three men on Monday and handed them over to prosecutors.",
    "The club handed back the trophy to the league after the doping scandal.",
    "The fishermen handed over their catch to the cooperative at dawn.",
    "The coach sent back the striker to the youth team after the match.",
])
def test_policing_and_everyday_handovers_are_no_concession(text):
    assert not [s for s in signals(text) if s.plover == "YIELD"], signals(text)


@pytest.mark.parametrize("text, plover", [
    ("Malaysia returned its high commissioner to Singapore, ending a six-month diplomatic freeze.", "YIELD"),
    ("Canada recalled its high commissioner from New Delhi on Tuesday after the killing of a Sikh activist.",
     "SANCTION"),
    ("Nicaragua expelled the apostolic nuncio on Saturday.", "SANCTION"),
])
def test_high_commissioners_and_nuncios_are_envoys(text, plover):
    assert strongest(text).plover == plover


def test_a_un_high_commissioner_speaking_is_no_signal():
    assert not signals("The UN High Commissioner for Refugees said on Monday that the camp needed more tents.")


@pytest.mark.parametrize("text", [
    "Norway's newest shipment to Kyiv contained air defence missiles and armoured vehicles, the defence ministry said.",
    "Sweden's donation to Ukraine comprises 10 Archer howitzers, the government said.",
])
def test_a_delivery_that_lists_weapons_is_aid(text):
    assert strongest(text).plover == "AID"


@pytest.mark.parametrize("text", [
    "The museum's new collection includes 14 Leopard tanks from the Cold War.",
    "The army's arsenal includes 300 tanks and 50 fighter jets, a think tank said.",
    "The delivery included a letter from the president to the families.",
])
def test_a_collection_or_arsenal_that_lists_weapons_is_no_aid(text):
    assert not [s for s in signals(text) if s.plover == "AID"], signals(text)


def test_relief_named_for_the_budget_is_still_given():
    signal = strongest("Japan extended an emergency budget loan to Sri Lanka on Tuesday.")
    assert (signal.plover, signal.dyad) == ("AID", "JPN>LKA")


@pytest.mark.parametrize("text", [
    "Banks raised loan rates to 12 percent on Monday, the central bank said.",
    "Shareholders approved a budget for share purchases on Monday.",
])
def test_quantities_of_loans_and_budgets_are_no_aid(text):
    assert not [s for s in signals(text) if s.plover == "AID"], signals(text)


def test_a_threat_outranks_the_attack_it_is_conditional_on():
    text = "The Houthi leader threatened to strike Saudi oil fields if the coalition bombed Sanaa airport again."
    assert strongest(text).plover == "THREATEN"


def test_a_feared_attack_alone_stays_hypothetical():
    found = signals("Residents fear the army could shell the town if the rebels return, a local official said.")
    assert all(s.status == "hypothetical" and not s.plover for s in found), found


def test_the_other_party_of_a_call_hangs_on_its_means():
    text = ("Brazilian President Luiz Inacio Lula da Silva spoke by telephone with Colombian President Gustavo Petro "
            "on Tuesday, discussing Venezuela, his office said.")
    signal = strongest(text)
    assert (signal.plover, signal.dyad) == ("CONSULT", "BRA>COL")


def test_a_host_verb_tagged_as_a_name_still_heads_its_clause():
    text = ("Kenya's prime minister hosted Uganda's president in Nairobi on Monday for talks on trade and the future "
            "of Kenyan troops in Somalia, state media reported.")
    assert one(text, "talks").dyad == "KEN>UGA"


@pytest.mark.parametrize("text", [
    "The club's chairman spoke by telephone with the striker's agent on Monday, discussing a new contract.",
    "Apple's chief executive hosted Samsung's chairman in Cupertino on Friday for talks on chip supplies.",
])
def test_calls_and_hosted_talks_of_private_parties_are_no_consultation(text):
    assert not signals(text)


@pytest.mark.parametrize("text, dyad", [
    ("Rescue teams from Turkey, flown to Morocco after the earthquake, began searching the rubble on Sunday.",
     "TUR>MAR"),
    ("Doctors from China, dispatched to Sierra Leone at the request of its government, opened a clinic in Freetown.",
     "CHN>SLE"),
])
def test_relief_teams_a_participle_sends_are_aid(text, dyad):
    signal = strongest(text)
    assert (signal.plover, signal.dyad) == ("AID", dyad)


@pytest.mark.parametrize("text", [
    "Letters sent to the newspaper by readers criticised the coach on Monday.",
    "Medical teams treated cholera patients in the valley on Saturday, the health ministry said.",
])
def test_what_a_participle_sends_must_be_relief(text):
    assert not signals(text)


@pytest.mark.parametrize("text", [
    "The tanker was struck by a drone launched by rebel forces off the coast of Yemen.",
    "The convoy was hit by a rocket fired by militants near the border.",
])
def test_a_weapon_a_participle_fires_by_an_agent_is_the_attack(text):
    assert strongest(text).plover == "ASSAULT", signals(text)


def test_an_organisation_name_that_is_its_sentence_root_is_a_body():
    """A name standing alone (a caption, a headline: `The African Union.`) heads its own sentence: it is the body."""
    from pipeline.signals import ORGANISATION_CLASS, _Article
    for text, word, body in [("The African Union.", "Union", True), ("Goodbye, OPEC.", "OPEC", True),
                             ("The UN headquarters.", "UN", False)]:
        doc = load_nlp()(text)
        token = next(t for t in doc if t.text == word)
        assert (ORGANISATION_CLASS in _Article(doc, find_actors(doc)).classes.get(token.i, set())) is body, text


@pytest.mark.parametrize("text, dyad", [
    ("The army took possession of 40 armoured vehicles from Turkey.", "TUR>?"),
    ("Kenya's army took possession of 12 armoured personnel carriers from China on Tuesday.", "CHN>KEN"),
])
def test_a_giver_named_on_the_verb_of_a_received_noun_is_the_source(text, dyad):
    s = one(text, "arms_delivery")
    assert f"{s.source and s.source.code or '?'}>{s.target and s.target.code or '?'}" == dyad


def test_possession_taken_in_a_match_is_no_delivery():
    assert not [s for s in signals("The striker took possession of the ball from Spain's defenders.")
                if s.type == "arms_delivery"]


@pytest.mark.parametrize("text, target", [
    ("Antibiotics, tents and water pumps supplied by Turkey were handed over to aid workers in Damascus on Friday, "
     "the Turkish embassy said.", "SYR"),
    ("Vaccines donated by Japan were handed over to health officials in Hanoi on Monday.", "VNM"),
    ("Washington sanctioned Meridian Logistics, which ships drones used in Ukraine.", None),
])
def test_what_is_handed_over_is_no_party_that_stands_for_the_target(text, target):
    """The clause's own object is what is given, not a party named instead of a state; a named company that is the
    object of a measure is its target, and a state named in its description is not."""
    s = strongest(text)
    assert (s.target and s.target.code) == target


@pytest.mark.parametrize("text", [
    "Police in Leeds carried out a raid on a lock-up garage where counterfeit handbags were stored.",
    "Italian police launched a raid on a warehouse of pirated DVDs near Naples.",
    "French gendarmes carried out a raid on an illegal cigarette factory in Marseille.",
])
def test_a_raid_police_carry_out_is_law_enforcement(text):
    assert not escalating(text)


@pytest.mark.parametrize("text, dyad", [
    ("Israeli police raided a Hamas office in East Jerusalem.", "ISR>HAMAS"),
    ("Russian police carried out raids on Crimean Tatar homes in occupied Crimea.", "RUS>?"),
    ("Israeli forces carried out a raid on the Jenin refugee camp, killing four Palestinians.", "ISR>PSE"),
])
def test_a_raid_on_an_armed_group_or_in_a_conflict_stays_an_attack(text, dyad):
    assert one(text, "attack").dyad == dyad


@pytest.mark.parametrize("text", [
    "South Africa's Sibanye-Stillwater warned that a walkout at its platinum shafts would hit output.",
    "Chile's Escondida copper mine warned that a strike by its workers could cut production by a fifth.",
    "Canada's Teck Resources said a walkout at its coal mines would hit steelmaking coal sales.",
])
def test_a_company_warning_of_a_labour_stoppage_threatens_no_one(text):
    assert not escalating(text)


@pytest.mark.parametrize("text, kind", [
    ("Houthi rebels warned that strikes on Yemen would hit US warships in the Red Sea.", "threat"),
    ("Iran warned that a strike on its nuclear facilities would trigger a regional war.", "threat"),
])
def test_a_warning_of_military_strikes_stays_a_threat(text, kind):
    assert one(text, kind).status in {"threatened", "actual"}


@pytest.mark.parametrize("text", [
    "Japan's space agency JAXA test-fired the first-stage engine of its H3 rocket on Tuesday.",
    "Rolls-Royce test-fired a hydrogen-powered jet engine at a site in Wiltshire.",
    "Brazil's space agency test-fired a rocket motor for its small satellite launcher.",
])
def test_an_engine_test_is_no_weapons_test(text):
    assert not escalating(text)


@pytest.mark.parametrize("text, dyad", [
    ("North Korea test-fired a high-thrust engine at its Sohae launch site.", "PRK>?"),
    ("North Korea test-fired a solid-fuel engine for a new intercontinental ballistic missile.", "PRK>?"),
    ("Iran's Revolutionary Guards test-fired a new solid-fuel rocket motor for its missiles.", "IRGC>?"),
])
def test_a_states_or_a_missiles_engine_test_stays_a_weapons_test(text, dyad):
    assert one(text, "military_exercise").dyad == dyad


@pytest.mark.parametrize("text", [
    "Ethiopia's flag carrier said it would buy eleven Boeing 777X jets.",
    "Kenya's national airline will lease four Boeing 787 jets from a Dublin lessor.",
    "Romania's pack besieged the Dutch try line until the lock forced his way over.",
    "Sri Lanka's cricket board sanctioned a pay rise for its women players.",
    "India's cricket board sanctioned a one-year extension of the head coach's contract.",
])
def test_airline_orders_rugby_sieges_and_approved_contracts_are_quiet(text):
    assert not escalating(text)


@pytest.mark.parametrize("text, kind, dyad", [
    ("Qatar announced an order for 24 Rafale fighter jets from France.", "arms_delivery", "QAT>FRA"),
    ("Russian forces laid siege to the Ukrainian city of Mariupol in March.", "attack", "RUS>?"),
    ("The United States sanctioned three Iranian officials over the crackdown.", "sanctions", "USA>IRN"),
])
def test_state_orders_sieges_and_sanctions_stay_signals(text, kind, dyad):
    assert one(text, kind).dyad == dyad


def test_an_airline_named_for_its_state_orders_jets_for_itself():
    assert not escalating("Air India announced an order for 470 Airbus and Boeing jets.")


@pytest.mark.parametrize("text", [
    "The planemaker delivered two jets to the Philippine Air Force.",
    "The shipbuilder delivered two patrol vessels to the Philippine Navy.",
])
def test_a_companys_craft_for_an_armed_service_are_arms(text):
    assert one(text, "arms_delivery").plover == "AID"


@pytest.mark.parametrize("text", [
    "Hackers believed to work for Beijing took down the online portal of Taiwan's foreign ministry on Sunday.",
    "Hackers knocked the booking servers of Finland's state airline offline for a day.",
    "Hackers tied to an Iranian group knocked the websites of Albania's customs service and tax office offline.",
    "Ransomware operators paralysed the municipal water utility's computer network for a week.",
])
def test_hackers_who_damage_what_a_state_owns_attack_it(text):
    assert top_plover(text) == "ASSAULT", signals(text)


@pytest.mark.parametrize("text", [
    "Hackers stole the card details of thousands of British shoppers from an online retailer.",
    "Ethical hackers tested the websites of Estonia's ministries at a contest in Tallinn.",
    "Activist hackers defaced the websites of several Danish newspapers with slogans.",
])
def test_hackers_who_steal_test_or_deface_are_no_attack(text):
    assert top_plover(text) != "ASSAULT", signals(text)


@pytest.mark.parametrize("text, plover", [
    ("Chad's president said his army would hunt down the militants wherever they hide if raids on the border "
     "villages continued.", "THREATEN"),
    ("Niger's army said it had wiped out a camp of jihadists near the Malian border.", "ASSAULT"),
])
def test_a_force_pursuing_or_wiping_out_armed_parties_attacks_them(text, plover):
    assert top_plover(text) == plover, signals(text)


@pytest.mark.parametrize("text", [
    "The government will pursue talks with the rebels next month in Nairobi.",
    "Detectives pursued the gunmen through the market before they escaped.",
    "The club will pursue the Brazilian striker in the January window.",
])
def test_pursuit_of_talks_a_player_or_by_police_is_no_attack(text):
    assert top_plover(text) != "ASSAULT", signals(text)


def test_a_ban_falls_on_the_state_whose_carriers_or_traders_it_forbids():
    signal = one("A ban on all flights by Togolese airlines over Beninese territory took effect at midnight.",
                 "sanctions")
    assert signal.target.code == "TGO" and signal.plover == "SANCTION"
    assert not signals("A ban on flights by budget carriers over the national park took effect at midnight.")


@pytest.mark.parametrize("text, plover", [
    ("A three-day truce, agreed by the warring factions in Libya after mediation by Egyptian envoys, began on "
     "Sunday.", "AGREE"),
    ("Kenya's president accepted an invitation from Beijing to attend a summit in October.", "AGREE"),
    ("A meeting between Georgian and Armenian officials in Tbilisi on Monday dealt with the border crossings.",
     "CONSULT"),
])
def test_agreements_made_after_mediation_and_meetings_that_deal_with_an_issue(text, plover):
    assert top_plover(text) == plover, signals(text)


def test_a_board_meeting_that_deals_with_finances_is_no_agreement():
    assert not signals("The board meeting dealt with the club's finances and the new stadium.")


def test_warring_names_the_parties_not_a_war():
    assert not [s for s in signals("The warring clans met elders in Galkayo to discuss grazing rights.")
                if s.plover == "ASSAULT"]


@pytest.mark.parametrize("text, plover", [
    ("The first three of the patrol boats donated by Japan were shipped to the Philippines last month.", None),
    ("Two of the Leopard tanks pledged by Spain were flown to Ukraine last week, the defence ministry said.", "AID"),
    ("Russian strategic bombers were flown to Belarus on Tuesday for joint patrols.", "MOBILIZE"),
])
def test_promised_materiel_moved_to_a_state_is_delivered(text, plover):
    if plover:
        assert top_plover(text) == plover, signals(text)


@pytest.mark.parametrize("text, target", [
    ("Algeria said it would reconsider all its gas contracts, a warning widely seen as aimed at Spain.", "ESP"),
    ("Turkey said it would review its ties with any state that armed the group, a threat directed at Greece.",
     "GRC"),
])
def test_a_warning_summing_up_a_statement_is_aimed_at_the_state_named(text, target):
    signal = strongest(text)
    assert (signal.plover, signal.target.code) == ("THREATEN", target), signals(text)


def test_a_coach_warning_aimed_at_rivals_is_no_threat():
    assert not signals("The coach said his players would fight for every ball, a warning aimed at their rivals in "
                       "Spain's top league.")


@pytest.mark.parametrize("text", [
    "Argentina's army of singing supporters filled the north stand as their side beat Ecuador 2-0 in Quito.",
    "An army of volunteers from Kenya swarmed the beach at dawn to clear plastic before the regatta.",
])
def test_an_army_of_fans_or_volunteers_is_no_force(text):
    assert not escalating(text)


@pytest.mark.parametrize("text", [
    "Wheat growers in Sindh are battling a grasshopper invasion that has stripped fields across three districts.",
    "Foresters in the Czech Republic are fighting an outbreak of bark beetles in the spruce stands.",
])
def test_a_fight_against_pests_is_no_attack(text):
    assert not escalating(text)


@pytest.mark.parametrize("text", [
    "The Turkish lira came under attack from hedge funds on Monday and slid 3 percent against the euro.",
    "The rupee came under renewed attack from speculators as oil prices climbed.",
])
def test_a_currency_under_attack_from_traders_is_no_attack(text):
    assert not escalating(text)


def test_a_midfield_declaring_war_on_a_back_line_is_no_threat():
    assert not escalating("Chile's midfield declared war on the Peruvian back line and scored twice before half-time.")


@pytest.mark.parametrize("text, plover", [
    ("Russian forces came under attack from Ukrainian drones near Kherson on Monday.", "ASSAULT"),
    ("Israeli troops came under attack from Hezbollah fighters near the border.", "ASSAULT"),
    ("An army of Russian soldiers occupied the town of Kupiansk in February.", "ASSAULT"),
    ("Iran declared war on Iraq in September 1980, the state radio said.", "THREATEN"),
])
def test_armed_forces_under_attack_and_declared_wars_stay_signals(text, plover):
    assert plover in {s.plover for s in escalating(text)}, signals(text)


@pytest.mark.parametrize("text, plover", [
    ("Kyrgyzstan's government said it was ready to impose martial law if the riots in Osh spread.", "THREATEN"),
    ("The Bolivian president announced he will declare a state of emergency in La Paz next week.", "THREATEN"),
    ("Ecuador's president declared a state of emergency in three provinces on Tuesday.", "MOBILIZE"),
    ("Moldova's parliament voted to extend the state of emergency for another 60 days.", "MOBILIZE"),
    ("Georgia will call up 20,000 reservists next month, the defence ministry said.", "MOBILIZE"),
])
def test_emergency_rule_announced_is_a_threat_declared_is_mobilisation(text, plover):
    assert top_plover(text) == plover, signals(text)


def test_a_report_on_a_past_state_of_emergency_is_no_threat():
    assert "THREATEN" not in {s.plover for s in signals(
        "The museum's exhibition recalls the years of martial law in Poland.")}


@pytest.mark.parametrize("text", [
    "The African Union has sent 30 military officers to Mali to assess the feasibility of a stabilisation force.",
    "NATO dispatched a team of army engineers to Kosovo to inspect the damaged bridges, a spokesman said.",
])
def test_personnel_sent_on_a_fact_finding_mission_mass_no_force(text):
    assert "MOBILIZE" not in {s.plover for s in signals(text)}, signals(text)


@pytest.mark.parametrize("text", [
    "Russia sent 10,000 troops to the Ukrainian border to deter an attack.",
    "China deployed warships to the Taiwan Strait to shadow the US carrier group.",
])
def test_forces_sent_for_a_military_purpose_stay_a_buildup(text):
    assert top_plover(text) == "MOBILIZE", signals(text)


@pytest.mark.parametrize("text, plover", [
    ("Militants tried to storm the army barracks in Kidal on Sunday, the ministry said.", "ASSAULT"),
    ("Chinese state hackers have attempted to break into the networks of the Taiwanese defence ministry.",
     "ASSAULT"),
])
def test_an_attack_tried_in_the_past_was_made(text, plover):
    assert top_plover(text) == plover, signals(text)


def test_an_attack_to_be_tried_is_not_yet_made():
    assert top_plover("Hamas said it will try to capture more Israeli soldiers.") != "ASSAULT"


@pytest.mark.parametrize("text", [
    "Iran has recruited thousands of fighters capable of striking Israel, an Israeli general said.",
    "North Korea has trained 3,000 hackers capable of crippling South Korea's power grid, Seoul said.",
])
def test_forces_capable_of_an_attack_are_raised_not_attacking(text):
    assert top_plover(text) == "MOBILIZE", signals(text)


def test_a_missile_capable_of_reaching_a_state_is_no_attack():
    assert "ASSAULT" not in {s.plover for s in signals(
        "The new rocket is capable of striking targets across Europe, the magazine wrote.")}


@pytest.mark.parametrize("text", [
    "The bank recruited hackers to test its own systems for weaknesses.",
    "The university trained 200 hackers for a cybersecurity competition in Las Vegas.",
])
def test_hackers_a_business_or_school_trains_are_no_force(text):
    assert not signals(text)


@pytest.mark.parametrize("text", [
    "Portugal's forwards bombarded the Swiss goal all evening but Switzerland held on for a 1-0 win in Geneva.",
    "Chile laid siege to the Bolivian penalty box in the closing stages and still lost 3-2 in La Paz.",
    "Colombia's winger fired a missile past the keeper as the hosts crushed Paraguay 4-0 in Barranquilla.",
])
def test_a_match_score_beside_its_result_makes_a_sport_sentence(text):
    assert not escalating(text)


@pytest.mark.parametrize("text, plover", [
    ("Russian troops won control of Avdiivka after a four-month siege, killing 40 Ukrainian soldiers.", "ASSAULT"),
    ("The Security Council voted 12-3 to impose an arms embargo on Haiti's gangs.", "SANCTION"),
])
def test_a_vote_or_a_siege_by_troops_is_no_match(text, plover):
    assert plover in {s.plover for s in escalating(text)}, signals(text)


@pytest.mark.parametrize("text", [
    "Peruvian cattle ranchers have deployed drones to scare off vampire bats that prey on their herds.",
    "Tanzania's wildlife service deployed four helicopters to count rhinos in the Selous reserve.",
])
def test_a_deployment_to_deal_with_animals_is_civil_work(text):
    assert not escalating(text)


@pytest.mark.parametrize("text", [
    "Argentina's health minister declared war on counterfeit medicines sold online, ordering checks on 200 sites.",
    "The Philippine government declared war on illegal drugs in schools with random tests for pupils.",
])
def test_war_declared_on_a_social_ill_is_no_threat(text):
    assert not escalating(text)


@pytest.mark.parametrize("text", [
    "Portugal's train drivers threatened to strike over the Christmas holidays unless pay talks resume.",
    "South Korea's junior doctors threatened a walkout over plans to expand medical school places.",
    "Zambian farmers deployed drones over their maize to map damage from the drought.",
])
def test_a_trade_a_state_names_is_its_people_not_the_state(text):
    assert not escalating(text)


@pytest.mark.parametrize("text, plover", [
    ("Hezbollah threatened to strike Haifa if Israel bombed Beirut again.", "THREATEN"),
    ("Armed villagers attacked a police station in Plateau state, killing three officers.", "ASSAULT"),
    ("Jihadists attacked villagers in northern Burkina Faso, killing 30 people, the army said.", "ASSAULT"),
])
def test_threats_to_strike_targets_and_armed_villagers_stay_signals(text, plover):
    assert plover in {s.plover for s in escalating(text)}, signals(text)


@pytest.mark.parametrize("text", [
    "The Kenya Red Cross mobilised 1,200 volunteers to distribute food after the Tana River burst its banks.",
    "Unicef deployed 300 health workers for a door-to-door polio campaign in Sindh.",
    "Police deployed extra officers to manage the crowds at the carnival on Sunday.",
    "Hundreds of police were mobilised for the city marathon, which closed roads across the centre.",
    "Thailand mobilised 8,000 soldiers to fill sandbags as the river rose towards Ayutthaya.",
])
def test_relief_bodies_police_at_public_events_and_relief_mobilisations_are_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Riot police were deployed around parliament ahead of a vote on the contested tax bill.", "troop_buildup"),
    ("Police deployed 3,000 officers along the parade route after a terror threat.", "troop_buildup"),
    ("Russia mobilised 300,000 reservists to reinforce its front line in Ukraine.", "mobilization"),
    ("Pakistan deployed army troops for flood relief in Sindh while fighting continued in Waziristan.",
     "troop_buildup"),
])
def test_real_deployments_and_mobilisations_still_count(text, kind):
    assert one(text, kind)


@pytest.mark.parametrize("text", [
    "Milk powder prices slid for a third month as Algeria cut back on imports of dairy, traders said.",
    "Egypt imposed a ban on rice exports to protect food supplies after a poor harvest.",
    "The fire brigade deployed 12 engines to the blaze at the recycling plant.",
    "Bangladesh deployed soldiers to cyclone-hit districts to evacuate villagers from the coast.",
    "Ghana's army deployed boats to ferry food to villages cut off after a dam collapse upstream.",
])
def test_market_moves_supply_bans_and_forces_sent_into_a_disaster_at_home_are_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Coal prices fell after China banned imports of Australian coal.", "sanctions"),
    ("Nigeria sent troops to the flood-hit state of Borno as the army pressed its offensive against Boko Haram.",
     "troop_buildup"),
    ("Myanmar deployed troops to the border after the floods, officials in Dhaka said.", "troop_buildup"),
])
def test_measures_on_a_state_and_deployments_beside_a_battle_still_count(text, kind):
    assert one(text, kind)


@pytest.mark.parametrize("text, target", [
    ("Two P-8A maritime patrol aircraft touched down at Ohakea Air Base on Friday after a ferry flight.",
     "Ohakea Air Base"),
    ("Six Rafale fighters landed at Tanagra Air Base after their ferry flight, completing the second squadron.",
     "Tanagra Air Base"),
    ("Twelve riverine assault boats have been delivered to the Colombian Marine Corps.", "COL"),
    ("The Minister presided over the ceremony of handing over of eight armoured personnel carriers and water "
     "trucks acquired for the combat units of the northern region.", "combat units"),
    ("Four patrol vehicles were formally transferred on Monday to the Tonga Mobile Force at a ceremony.", "TON"),
])
def test_materiel_a_service_receives_is_a_delivery_whatever_the_verb(text, target):
    found = one(text, "arms_delivery")
    assert found.status == "actual" and target in (found.target.code, found.target.name), found


def test_a_service_taking_charge_of_materiel_receives_it():
    found = one("The Philippine Coast Guard took charge of two fast patrol cutters at a ceremony in Manila.",
                "arms_delivery")
    assert found.target.code == "PHL" and found.source is None, found


def test_materiel_landing_at_a_base_is_no_deployment():
    assert not [s for s in signals("Six Rafale fighters landed at Tanagra Air Base on Tuesday.")
                if s.type == "troop_buildup"]


@pytest.mark.parametrize("text", [
    "Two new Airbus A350 airliners were delivered to Air Tahiti Nui and landed at Faa'a International Airport.",
    "Three hundred electric cars were handed over to a car rental firm at a ceremony in Munich on Monday.",
    "A retired Mirage fighter jet was received by the aviation museum in Le Bourget and will go on display.",
    "A charter jet carrying tourists landed at the former air base, now a civilian airport, on Saturday.",
    "Six fire trucks were handed over to the fire brigade of the city at a ceremony attended by the mayor.",
    "The new trucks were delivered to the Mobile Force Logistics company, a haulage firm based in Leeds.",
])
def test_craft_handed_to_civil_owners_or_landing_at_civil_fields_stay_quiet(text):
    assert not escalating(text), signals(text)


def test_a_service_receipt_names_the_state_the_materiel_came_from():
    found = one("The first two Gripen E fighter aircraft landed at Wing 7 Air Base after a ferry flight from Sweden.",
                "arms_delivery")
    assert found.source.code == "SWE" and found.status == "actual", found


@pytest.mark.parametrize("text", [
    "Spain beat Portugal 3-1 in Seville on Sunday. Spain attacked from kick-off and Portugal's defence buckled.",
    "Canada won 28-10 against the United States in Ottawa. The United States attacked late but ran out of time.",
])
def test_a_side_named_alone_right_after_its_match_plays_sport(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Spain beat Portugal 3-1 in Seville on Sunday. Russia attacked Ukraine's power grid overnight.", "attack"),
    ("Spain beat Portugal 3-1 in Seville on Sunday. Portugal shelled Spain's border towns overnight.", "attack"),
])
def test_news_after_a_match_stays_news(text, kind):
    assert one(text, kind)


@pytest.mark.parametrize("text", [
    "The Vatican suspended an archbishop in Peru over the sale of church land.",
    "The Kremlin suspended three senior officials after the budget scandal.",
    "The suspension of two judges by Poland's disciplinary chamber drew criticism.",
    "Russia's football union suspended Igor Petrov for six months.",
])
def test_suspending_one_who_serves_is_discipline_not_a_sanction(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "The United States suspended military aid to Mali after the coup.",
    "ECOWAS suspended Guinea from the bloc after the soldiers seized power.",
])
def test_suspending_aid_or_a_state_stays_a_sanction(text):
    assert one(text, "sanctions")


@pytest.mark.parametrize("text, source, target", [
    ("Four C-390 transport aircraft landed at Kecskemet Air Base on Monday. They will be flown by the Hungarian "
     "Air Force from next month.", None, "HUN"),
    ("Three patrol craft arrived at the naval base in Durban on Friday. The boats were donated by Japan and will "
     "serve with the South African Navy.", "JPN", "ZAF"),
    ("Two MQ-9 drones landed at Sigonella Air Station. They were received from the United States and "
     "will be run by the Italian Air Force.", "USA", "ITA"),
])
def test_a_base_named_without_its_state_is_the_state_whose_service_the_notice_names(text, source, target):
    found = one(text, "arms_delivery")
    assert found.target.code == target and (found.source and found.source.code) == source, found


def test_a_base_with_no_state_in_the_notice_gets_no_code():
    found = one("Four KF-21 fighter jets landed at Sacheon Air Base today.", "arms_delivery")
    assert found.target is None or found.target.code is None, found


def test_the_next_sentence_names_no_supplier_when_its_subject_is_someone_else():
    found = one("Two C-130 aircraft arrived at the air base in Accra. The minister thanked the United States.",
                "arms_delivery")
    assert found.source is None, found


@pytest.mark.parametrize("text", [
    "The Chief of Staff attended the handover of sixty assault rifles and four armoured ambulances purchased for the "
    "infantry units of the Eastern Command.",
    "The Indian Navy commissioned the destroyer Imphal at the naval dockyard in Mumbai.",
    "A consignment of mortars reached the Zambia Army on Monday.",
])
def test_materiel_in_lists_names_and_light_nouns_a_service_receives_is_a_delivery(text):
    assert one(text, "arms_delivery").status == "actual", signals(text)


@pytest.mark.parametrize("text", [
    "The United States delivered a two-week course on maritime law to officers of the Philippine Coast Guard.",
    "The ambassador handed over medals and certificates to the soldiers of the Ghana Army.",
    "The embassy handed over ten ambulances and oxygen concentrators to the Ministry of Health.",
])
def test_training_awards_and_civil_aid_to_a_ministry_are_no_arms_delivery(text):
    assert not [s for s in signals(text) if s.type == "arms_delivery"], signals(text)


@pytest.mark.parametrize("text", [
    "Colombia's environment ministry launched an offensive against illegal logging in the Choco rainforest.",
    "Cambodia declared war on the smog that hangs over Phnom Penh each dry season.",
    "Madagascar's farm ministry is fighting a locust invasion across the southern highlands.",
    "Kazakhstan sent engineers to fight the cold, a record winter that froze pipes in Astana.",
    "The Peruvian government declared war on poaching in the Manu national park.",
])
def test_state_campaigns_against_ills_nature_and_pests_are_no_attacks(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Colombia's army launched an offensive against illegal armed groups in Cauca, killing six fighters.", "attack"),
    ("Russia declared war on Ukraine's western allies in a televised address.", "threat"),
])
def test_offensives_on_armed_parties_and_states_stay_beside_campaigns(text, kind):
    assert one(text, kind)


@pytest.mark.parametrize("text", [
    "Morocco deployed army units to guard exam centres after answers were leaked on social media.",
    "Ecuador's government deployed military helicopters to evacuate residents from the hills above Quito.",
    "Sri Lanka mobilised soldiers and police to help evacuate villagers as floods swept the south.",
])
def test_forces_sent_to_guard_exams_or_evacuate_at_home_are_no_buildup(text):
    assert not escalating(text), signals(text)


def test_forces_sent_to_raid_a_station_stay_a_deployment():
    assert escalating("Russia deployed special forces to Donetsk to blow up the train stations held by Ukraine.")


@pytest.mark.parametrize("text", [
    "Ireland's revenue service will impose sanctions on firms that miss the new filing deadline.",
    "Malaysia's tax authority froze the bank accounts of 120 companies that failed to pay their dues.",
    "Bhutan banned night fishing in its rivers to protect the golden mahseer.",
    "Greece's football stars were bombarded with offers from Saudi clubs after the tournament.",
    "The bluefish have invaded estuaries along the coast of Uruguay.",
])
def test_domestic_rules_pests_and_a_flood_of_offers_are_no_measures_or_attacks(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Turkey banned shipping to Israel from all its ports.", "sanctions"),
    ("Russian forces bombarded Kharkiv with rockets and drones overnight.", "attack"),
    ("Russia banned imports of apples from Moldova.", "sanctions"),
])
def test_bans_on_a_state_and_bombardment_with_weapons_still_count(text, kind):
    assert one(text, kind)


@pytest.mark.parametrize("text, source, target", [
    ("The Embassy of Germany announces the donation of four patrol boats to the Ghana Navy.", "DEU", "GHA"),
    ("The Ministry of Defence of Spain is pleased to announce the gift of two transport aircraft to the Air Force "
     "of Mauritania.", "ESP", "MRT"),
])
def test_an_organ_named_for_its_state_that_announces_a_donation_gave_it(text, source, target):
    found = one(text, "arms_delivery")
    assert (found.source and found.source.code, found.target and found.target.code) == (source, target), found


def test_an_embassy_of_a_state_announcing_no_measure_is_quiet():
    assert not escalating("The Embassy of Norway announced the opening of a new visa centre in Nairobi.")


@pytest.mark.parametrize("text, kind", [
    ("Belarus sent 200 units of armoured vehicles to Russia last month.", "arms_delivery"),
    ("A solemn transmission of twelve units of combat helicopters to the Army of Burkina Faso by Turkey took "
     "place on Friday.", "arms_delivery"),
    ("Belarus sent two units of its special forces brigade to the border with Poland.", "troop_buildup"),
])
def test_units_of_materiel_count_pieces_and_units_of_a_force_are_troops(text, kind):
    assert one(text, kind).status == "actual", signals(text)


def test_units_of_civil_goods_and_a_broadcast_transmission_are_no_delivery():
    assert not escalating("The factory shipped 800 units of washing machines to Kenya.")
    assert not signals("The transmission of the cup final was watched by millions across Asia.")


@pytest.mark.parametrize("text, kind", [
    ("Italy is to send a second SAMP/T air defence system to Ukraine, the defence minister said.", "arms_delivery"),
    ("South Korea is to deliver two hundred tanks to Poland next year.", "arms_delivery"),
    ("Australia is to provide Papua New Guinea with 20 million dollars in flood relief.", "agreement"),
])
def test_a_copula_over_an_infinitive_is_an_arrangement_planned(text, kind):
    found = one(text, kind)
    assert found.status == "planned" and found.plover == "AGREE", found


def test_an_aim_defined_by_a_copula_is_no_plan():
    assert not signals("The aim of the charity is to deliver food aid to families in need.")


@pytest.mark.parametrize("text", [
    "The Asian Development Bank paid out 400 million dollars in budget support to Sri Lanka on Tuesday.",
    "Thousands of tonnes of rice sent by Vietnam were unloaded at the port of Mombasa for Somalia.",
    "Dozens of truckloads of flour and medicine crossed into Syria from Turkey on Monday.",
])
def test_aid_paid_out_or_counted_in_stacked_amounts_is_delivered(text):
    found = one(text, "agreement")   # aid is reported as an agreement, coded AID
    assert found.status == "actual" and found.plover == "AID", found


def test_an_insurer_paying_out_claims_is_no_aid():
    assert not signals("The insurer paid out 2 billion dollars to policyholders after the storms.")


def test_a_copula_with_an_adjective_over_an_infinitive_plans_nothing():
    found = one("Scholz said it was hard to see the buildup of Russian troops near Ukraine as anything but a threat.",
                "troop_buildup")
    assert found.status == "actual", found


@pytest.mark.parametrize("text", [
    "Sierra Leone's health ministry said 30,000 volunteers would be mobilised for a measles vaccination campaign.",
    "Peru's environment ministry has mobilised volunteers for a beach clean-up along the Lima coast.",
    "Nepal mobilised thousands of volunteers for the national census, which begins next month.",
])
def test_civilians_mobilised_for_a_health_or_civic_drive_are_no_mobilisation(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Armenia mobilised volunteers for the front after Azerbaijani troops crossed the border.",
    "Israel mobilised 300,000 reservists for the ground campaign in Gaza.",
])
def test_volunteers_or_reservists_mobilised_for_a_war_stay_a_mobilisation(text):
    assert one(text, "mobilization")


@pytest.mark.parametrize("text", [
    "Madrid's city council declared war on dog mess, doubling fines for owners who leave it on the pavement.",
    "A war on chewing gum was declared by the municipality of Krakow, which hired cleaning crews for the old town.",
    "The transport ministry of Peru declared war on unlicensed minibuses at Lima's bus terminals.",
])
def test_war_declared_on_a_nuisance_is_no_threat(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Azerbaijan declared war on Armenia in a televised address.",
    "The military government declared war on the rebels who overran the northern garrison.",
])
def test_war_declared_on_a_state_or_an_armed_group_stays_a_threat(text):
    assert one(text, "threat")


@pytest.mark.parametrize("text", [
    "Zambia's education ministry issued a directive barring schools from charging examination fees.",
    "The Kenyan health ministry issued an order banning pharmacies from selling codeine syrup without a prescription.",
])
def test_a_ministry_barring_its_own_schools_or_pharmacies_is_no_sanction(text):
    assert not escalating(text), signals(text)


def test_a_ban_on_another_states_schools_stays_a_sanction():
    assert one("Russia's education ministry issued a directive barring Estonian schools from operating in Russia.",
               "sanctions")


@pytest.mark.parametrize("text", [
    "New Zealand's crew ambushed the French boat at the leeward mark to take the regatta.",
    "The Belgian rider ambushed the leaders on the final lap and took the stage win.",
])
def test_racing_read_from_its_own_words_is_no_attack(text):
    assert not escalating(text), signals(text)


def test_an_ambush_on_a_patrol_stays_an_attack():
    assert one("Al-Shabaab fighters ambushed a Kenyan army patrol near the Somali border.", "attack")


@pytest.mark.parametrize("text", [
    "Peru's coast guard seized 30 drift nets and a tonne of shark fins from boats off Piura.",
    "Army units confiscated bulldozers and dredgers at illegal gold pits along the Pra river.",
    "Soldiers impounded 200 tonnes of rosewood bound for export, the forestry ministry said.",
])
def test_forces_seizing_goods_or_machines_are_policing(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Iranian commandos seized a Liberian-flagged oil tanker near the Strait of Hormuz.",
    "Jihadist fighters seized the town of Djibo after a week of clashes.",
    "Gunmen seized goods from traders and killed three drivers on the road to Maiduguri.",
])
def test_seizing_a_tanker_a_town_or_goods_with_victims_stays_an_escalation(text):
    assert escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Nigerian Afrobeats has conquered the playlists of London and Paris.",
    "Turkish dramas invaded Arab living rooms in the 2000s.",
    "Critics said the ramen invasion had conquered every shopping street in Vilnius.",
])
def test_foods_fashions_and_songs_that_invade_are_no_attack(text):
    assert not escalating(text), signals(text)


def test_troops_that_invade_or_conquer_stay_an_attack():
    assert one("Eritrean troops invaded the Tigray town of Humera in November.", "attack")


@pytest.mark.parametrize("text", [
    "Morocco launched an offensive to save water, cutting supplies to car washes and swimming pools.",
    "South Africa's power utility cut electricity to smelters and mines for six hours a day.",
    "Egypt started a campaign to conserve fuel, ordering shops to close at 10 p.m.",
])
def test_campaigns_to_save_water_and_supply_cuts_at_home_are_no_measures(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Russia cut gas supplies to Finland after Helsinki refused to pay in roubles.", "sanctions"),
    ("Azerbaijan launched an offensive to seize the Karabakh town of Shusha.", "attack"),
])
def test_supply_cuts_to_a_state_and_offensives_to_seize_towns_stay(text, kind):
    assert one(text, kind)


@pytest.mark.parametrize("text", [
    "Blizzards killed 80,000 head of cattle across the Dakotas, ranchers said.",
    "African swine fever has killed a million pigs in Vietnam since 2019.",
])
def test_animals_killed_by_weather_or_disease_are_no_casualties(text):
    assert not escalating(text), signals(text)


def test_animals_killed_with_people_by_shelling_stay_an_attack():
    assert one("Russian artillery shelled a farm near Kupiansk, killing two workers and 200 pigs.", "attack")


def test_troops_mobilised_to_fight_a_winter_that_killed_herds_are_no_attack():
    text = "Kyrgyzstan sent soldiers and volunteers to fight a harsh winter that has killed 200,000 sheep and yaks."
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Guatemala's president declared war on the narco cartels, ordering troops into the border towns.",
    "The interior minister declared war on the crime syndicates that run the ports, sending marines to Guayaquil.",
    "Jamaica declared war on the gangs after gunmen killed six people at a dance.",
])
def test_war_declared_on_armed_criminal_groups_stays_a_threat(text):
    assert one(text, "threat")


@pytest.mark.parametrize("text", [
    "The competition authority declared war on price-fixing cartels, fining three cement makers.",
    "Qatar's national carrier declared war on European airlines, cutting fares on every route to Asia.",
])
def test_war_declared_on_firms_is_no_threat(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Nigeria's army opened a campaign against Boko Haram insurgents near Lake Chad.",
    "Mali's junta mounted an operation against jihadists in the Menaka region.",
    "The Israeli air force began a bombing campaign over southern Lebanon.",
    "Iraqi troops recaptured the city of Ramadi from Islamic State militants.",
    "Government forces overran the rebel stronghold of Jaffna after weeks of fighting.",
])
def test_campaigns_against_armed_groups_and_towns_taken_are_attacks(text):
    assert one(text, "attack")


@pytest.mark.parametrize("text", [
    "The ministry launched a campaign against smoking in schools.",
    "Retailers mounted an operation against shoplifters over the holidays.",
    "The singer captured the capital's heart with a free concert.",
    "Supporters took over the town square to celebrate the title.",
    "Fans overran the city after the cup final.",
])
def test_campaigns_on_nuisances_and_towns_won_over_are_no_attack(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Portugal laid siege to the Ghanaian goal for the last twenty minutes.",
    "The Springboks laid siege to the English try line before half-time.",
])
def test_a_siege_of_a_teams_goal_is_play(text):
    assert not escalating(text), signals(text)


def test_a_siege_of_a_city_stays_an_attack():
    assert one("Sudanese paramilitaries laid siege to El Fasher for a year.", "attack")


def test_the_first_shot_in_a_fare_war_is_no_attack():
    text = "Turkey's budget airline fired the first shot in a new fare war, cutting prices to Berlin."
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "A ransomware attack on the German bakery chain's payment provider shut its tills for two days.",
    "A cyberattack on a Swedish retailer's warehouse system delayed deliveries across Scandinavia.",
])
def test_a_cyberattack_on_a_foreign_named_firm_is_crime_not_war(text):
    assert not escalating(text), signals(text)


def test_a_cyberattack_on_a_states_ministry_stays_one():
    assert one("A ransomware attack on Montenegro's finance ministry froze tax payments for a week.", "cyberattack")


@pytest.mark.parametrize("text", [
    "Belarus's rowing federation was expelled from the European federation over the war.",
    "The league expelled three Serbian clubs for match-fixing.",
])
def test_a_federation_or_club_expelled_is_no_rupture(text):
    assert not escalating(text), signals(text)


def test_diplomats_expelled_stay_a_rupture():
    assert one("Lithuania expelled two Belarusian diplomats over a border incident.", "diplomatic_rupture")


@pytest.mark.parametrize("text", [
    "Venezuela's navy seized a Liberian-flagged oil tanker in the Caribbean.",
    "Somali pirates hijacked a cargo ship off Puntland and took its crew hostage.",
])
def test_tankers_and_merchant_ships_seized_at_sea_are_attacks(text):
    assert one(text, "attack")


@pytest.mark.parametrize("text", [
    "A court in Rotterdam seized a tanker over unpaid bills to its fuel supplier.",
    "Greenpeace activists boarded an oil tanker in the Gulf of Mexico in protest.",
    "The coast guard took delivery of a new cutter at its base in Mombasa.",
])
def test_ships_seized_by_courts_boarded_by_activists_or_received_at_a_base_are_no_attack(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Abductors seized a district judge from his home in Zamfara state overnight, his family said.",
    "Two engineers were taken from their car by kidnappers on the highway near Kaduna, police said.",
    "Hijackers took control of a minibus carrying 18 passengers outside Juba on Monday.",
])
def test_the_doers_of_an_abduction_name_the_attack(text):
    assert one(text, "attack").plover == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Police in Lagos arrested four kidnappers and freed their captive on Friday.",
    "The kidnappers of a Monterrey businessman were sentenced to 40 years in prison.",
])
def test_kidnappers_arrested_or_sentenced_are_no_attack(text):
    assert escalating(text) == []


@pytest.mark.parametrize("text", [
    "Gang members fired at a police checkpoint in Tegucigalpa, wounding an officer, the security ministry said.",
    "Saboteurs severed a fibre-optic cable between Sweden and Lithuania, the Swedish navy said.",
    "Unknown attackers blew up a gas pipeline in Balochistan, cutting supplies to Quetta.",
])
def test_non_state_attackers_on_forces_or_infrastructure_are_attacks(text):
    assert one(text, "attack").plover == "ASSAULT"


@pytest.mark.parametrize("text", [
    "A fishing boat accidentally cut a telecoms cable off the Orkney Islands, the operator said.",
    "Thieves cut copper cables from a tram line in Sheffield overnight, causing delays.",
    "Two robbers fired on a jewellery shop in Antwerp before fleeing with watches.",
])
def test_accidents_and_theft_on_cables_or_shops_are_quiet(text):
    assert escalating(text) == []


def test_clashes_between_forces_of_two_states_name_both():
    signal = one("Fighting broke out between Armenian and Azerbaijani border troops near Sotk on Tuesday.", "attack")
    assert (signal.dyad, signal.plover) == ("ARM>AZE", "ASSAULT")


def test_clashes_between_rival_fans_stay_quiet():
    assert escalating("Clashes broke out between rival fans outside the stadium before the derby.") == []


@pytest.mark.parametrize("text, source", [
    ("Hackers believed to be acting for North Korea stole $30 million from a Singapore crypto exchange.", "PRK"),
    ("A hacking group tied to Iran's Revolutionary Guards disabled water pumps in an Irish village.", "IRGC"),
])
def test_state_linked_hackers_act_for_their_state(text, source):
    signal = one(text, "cyberattack")
    assert (signal.source.code, signal.plover) == (source, "ASSAULT")


def test_ordinary_cyber_thieves_stay_quiet():
    assert escalating("Hackers working for a rival firm stole blueprints from a German carmaker.") == []


@pytest.mark.parametrize("text", [
    "A hand grenade was thrown into a crowded tea stall in Imphal, wounding six people.",
    "A petrol bomb was hurled into a busy market in Quetta on Sunday.",
])
def test_a_munition_thrown_into_a_place_of_people_is_an_attack(text):
    assert one(text, "attack").plover == "ASSAULT"


def test_a_missile_fired_into_the_sea_stays_a_test():
    assert one("North Korea fired a ballistic missile into the sea off its east coast.",
               "military_exercise").plover == "MOBILIZE"


@pytest.mark.parametrize("text, dyad", [
    ("A Malaysian navy ship docked in Myanmar with rice and medicine for cyclone victims.", "MYS>MMR"),
    ("Doctors from the Turkish Red Crescent arrived in the Syrian town of Azaz with trauma kits.", "TUR>SYR"),
    ("The WFP trucked 500 tonnes of maize into the Ethiopian town of Gode.", "WFP>ETH"),
])
def test_aid_arriving_in_other_forms(text, dyad):
    assert [s.dyad for s in signals(text) if s.plover == "AID"] == [dyad]


@pytest.mark.parametrize("text", [
    "Cambodia banned plastic straws in restaurants, joining Thailand and Vietnam.",
    "Belgium will ban disposable vapes from January, following France.",
    "Turkey banned cryptocurrency payments at shops.",
    "Norway restricted the sale of energy drinks to under-16s in school canteens.",
    "Iran froze the price of bread at state bakeries for the holy month.",
    "Pakistan banned kite flying in Lahore after two riders were hurt by glass-coated strings.",
])
def test_a_states_rule_on_no_party_abroad_is_no_sanction(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, dyad", [
    ("Kazakhstan froze the bank accounts of four businessmen accused of financing the rebels.", "KAZ>?"),
    ("Algeria revoked the licences of two television channels that aired the interview.", "DZA>?"),
    ("Tajikistan banned the entry of fourteen Taliban officials.", "TJK>?"),
    ("China banned exports of gallium and germanium.", "CHN>?"),
    ("Latvia banned the entry of cars with Russian number plates, joining Estonia and Lithuania.", "LVA>RUS"),
    ("Estonia froze the assets of two Belarusian officials, following Poland.", "EST>BLR"),
])
def test_a_states_measure_on_named_parties_or_trade_stays_a_sanction(text, dyad):
    assert one(text, "sanctions").dyad == dyad


@pytest.mark.parametrize("text, plover", [
    # what an attack is aimed at is its target, not a deployment
    ("Unknown gunmen opened fire on an army patrol near Gao on Tuesday, killing two soldiers.", "ASSAULT"),
    ("Insurgents fired mortars at a military convoy outside Mogadishu.", "ASSAULT"),
    # a move back or away from where a force stood is a withdrawal
    ("Azerbaijani units moved back from the heights above the village after the talks, officials said.", "YIELD"),
    ("The Nigerien army moved its soldiers away from the Malian border under the new accord.", "YIELD"),
    # an event pinned on its doer happened; only its author is claimed
    ("The shelling of the border post was blamed on Eritrean troops, Ethiopian officials said.", "ASSAULT"),
    ("The sabotage of a subsea power cable off Gotland was blamed on a Russian trawler crew.", "ASSAULT"),
    # force promised under a condition is a threat
    ("Serbia said it would use force to protect Serbs in the north if Kosovo police entered the area again.",
     "THREATEN"),
    ("Algeria said it would resort to military force if its gas pipeline were attacked again.", "THREATEN"),
    # talks held in a participle beside a discussing verb are held, not proposed
    ("Meeting in Doha, Afghan and Pakistani officials discussed border trade on Sunday.", "CONSULT"),
    # an exclusion from payments, funds or the grid is a sanction, also under an agreement
    ("Member states agreed to exclude Eswatini from the bloc's development fund payments over the crackdown.",
     "SANCTION"),
    ("Morocco closed its harbours to Algerian fishing vessels on Friday.", "SANCTION"),
    # the cargo a military aircraft brings is what is sent; a hyphenated class phrase is the class phrase
    ("A Jordanian military transport plane landed in Beirut carrying medicine and blankets for refugees.", "AID"),
    ("Spain delivered two air-defence systems to Ukraine in March, the defence ministry said.", "AID"),
    # a fate promised on a condition is a threat against whoever is told it
    ("Russia's security council chief said Ukrainian generals would suffer the same fate as the Nazi collaborators if "
     "attacks on Crimea continued.", "THREATEN"),
    # an army's intervention promised on another party's act: the speaker's state threatens force
    ("Armenia's defence minister said the army would intervene to protect ethnic Armenians if Azerbaijani troops "
     "crossed into the Lachin corridor again.", "THREATEN"),
    # restrictions a decree places on named persons and companies
    ("The Estonian government adopted a decree placing restrictions on 14 individuals and nine firms registered in "
     "Russia.", "SANCTION"),
    # a coercive decision reversed, a disengagement completed: the party yields
    ("Under pressure from Beijing, Nicaragua reversed its decision to expel the Taiwanese diplomats.", "YIELD"),
    ("Armenian and Azerbaijani troops completed disengagement from three positions along the border.", "YIELD"),
    # a strike that did something to what it hit is an attack, though no party is named
    ("Missile strike sets oil refinery ablaze in Novorossiysk, governor says", "ASSAULT"),
    # one state's weapons reaching another state's forces are delivered
    ("French Caesar howitzers have reached frontline units in eastern Ukraine, France's armed forces minister said.",
     "AID"),
])
def test_the_main_event_of_a_sentence(text, plover):
    assert top_plover(text) == plover, signals(text)


@pytest.mark.parametrize("text", [
    "The two teams moved back to the edge of the pitch after the anthem, the club said.",
    "The coach said his forwards would use force at the breakdown if the referee let them.",
    "The failure of the ticketing system was blamed on a software update, the airline said.",
    "Meeting in Lisbon, the two football clubs discussed the transfer of their striker.",
    "The airline excluded economy passengers from its lounges to cut costs.",
    "Police used force to clear the square after the concert, the city said.",
])
def test_everyday_moves_force_and_blame_stay_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, plover, dyad", [
    # a phrasal verb takes its preposition only as the phrasal verb: a call-up "for" drills is no call for them
    ("Georgia called up former conscripts for a month of reserve drills.", "MOBILIZE", "GEO>?"),
    ("Venezuela called up militia members for training near the Guyana border.", "MOBILIZE", "VEN>GUY"),
    # a force sent to another state to fight a fire or search for survivors is aid to that state
    ("Greece sent 60 soldiers and a water bomber to North Macedonia to help fight forest fires.", "AID", "GRC>MKD"),
    ("Chile sent 100 soldiers to Ecuador to search for earthquake survivors.", "AID", "CHL>ECU"),
    # a field hospital built or opened abroad is aid
    ("Turkey built a field hospital in northern Syria, its defence ministry said.", "AID", "TUR>SYR"),
    ("Qatar opened a refugee camp in northern Jordan for Syrians fleeing the war.", "AID", "QAT>JOR"),
    # an official of an international organisation ordered out is expelled
    ("Burundi ordered the UN resident coordinator to leave the country within 72 hours.", "SANCTION", "BDI>UN"),
    # an order told in the passive: diplomats told to leave, an embassy told to cut its staff
    ("Two Iranian diplomats were told to leave Albania by Friday.", "SANCTION", "?>IRN"),
    ("The Dutch embassy in Caracas was told to reduce its staff to three people.", "SANCTION", "?>NLD"),
    # tankers struck off a state's registry are a sanction
    ("Togo struck five tankers off its ship registry after they were linked to Venezuela's oil trade.", "SANCTION",
     "TGO>VEN"),
    # verbs conjoined before a shared object act on it: the ramming is the attack
    ("Chinese militia boats rammed and boarded a Philippine fishing boat near Scarborough Shoal.", "ASSAULT",
     "CHN>PHL"),
    # a deadline the parser hangs the demand on is the giver's ultimatum, against the party given time
    ("The African Union gave the junta in Gabon 60 days to set an election date or face sanctions.", "THREATEN",
     "AU>GAB"),
    # talks concluded on a deal reach it
    ("Kenya and Britain wrapped up talks on a trade deal in Nairobi on Friday.", "AGREE", "KEN>GBR"),
])
def test_call_ups_relief_abroad_expulsions_deregistration_ramming_ultimatums_and_concluded_talks(text, plover, dyad):
    found = [s for s in signals(text) if s.plover]
    best = max(found, key=lambda s: s.confidence) if found else None
    assert best is not None and (best.plover, best.dyad) == (plover, dyad), signals(text)


@pytest.mark.parametrize("text", [
    "The coach called up two teenagers for the friendly against Wales.",
    "France sent 300 soldiers to Corsica to help fight wildfires.",
    "The company opened a new hospital wing in Leeds.",
    "The referee ordered the team's representative to leave the bench.",
    "The players were told to leave the pitch.",
    "A Chilean start-up has raised $30 million to build desalination plants powered by solar energy.",
    "The striker struck the ball off the post.",
    "A cargo ship rammed a fishing boat off the Dutch coast in thick fog.",
    "The league gave the club 30 days to pay its debts or face a points deduction.",
])
def test_squads_relief_at_home_hospitals_referees_play_collisions_and_league_deadlines_stay_quiet(text):
    assert not escalating(text), signals(text)


def test_a_concluded_visit_is_no_agreement():
    assert top_plover("The prime minister concluded his visit to Beijing on Sunday.") != "AGREE"


def test_a_phrasal_verb_is_no_one_word_term():
    text = "The Mexican boxer kept his belt on points and called out the unbeaten Welshman for a bout in June."
    assert not [s for s in signals(text) if s.type == "talks"], signals(text)


@pytest.mark.parametrize("text", [
    # a campaign's war on a nuisance puts no sentence in a military setting: the ban beside it is a rule at home
    "Sheffield City Council voted to prohibit sweet shops beside primary schools in its war on tooth decay.",
    "Nova Scotia banned plastic straws in restaurants, the latest blow in its war against beach litter.",
    "Copenhagen banned diesel vans from the old town as part of its war on dirty air.",
    "The city council has banned bonfires on allotments, the latest step in its war on smoke and noise.",
    # a hobby drone or a tax regime is no weapon or junta
    "The district council banned recreational drones over its nature reserve during nesting season.",
    "Lisbon banned new gambling venues downtown under a stricter tax regime for casinos.",
    # the site visitors enter is no party, however the parser tags its name
    "Peru restricted entries to Huayna Picchu to 400 climbers a day.",
    "Tanzania capped access to Ngorongoro Crater with a daily quota of tourists.",
    "Laos suspended entry to Kuang Si waterfall for a month while the pools are cleaned.",
])
def test_campaign_wars_civil_kit_and_visitor_caps_stay_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind, dyad", [
    # a war on a party stays military: the measure beside it too
    ("Russia banned imports of Polish apples as part of its trade war on Poland.", "sanctions", "RUS>POL"),
    # entry refused to a party, with no visitors in the clause, still falls on the party named
    ("Latvia banned entry to 40 Russian officials over the war.", "sanctions", "LVA>RUS"),
    ("Estonia closed access to its ports to Russian-flagged vessels.", "sanctions", "EST>RUS"),
    # a war on a nuisance leaves a real force in the same sentence military
    ("The army deployed 2,000 troops to the Colombian border in its war on drug cartels.", "troop_buildup", None),
])
def test_wars_on_parties_and_entry_bans_on_officials_still_count(text, kind, dyad):
    found = one(text, kind)
    assert found.escalates and (dyad is None or found.dyad == dyad), signals(text)


@pytest.mark.parametrize("text", [
    "Rebels attacked a border post, wounding two reservists.",
    "Islamist fighters raided a barracks and killed six conscripts, the army said.",
])
def test_soldiers_counted_among_the_victims_are_no_call_up(text):
    assert top_plover(text) == "ASSAULT", signals(text)
    assert not [s for s in signals(text) if s.type == "mobilization"], signals(text)


@pytest.mark.parametrize("text", [
    "Nine workers were killed when a scaffold collapsed at a construction site in Lagos, the state government said.",
    "Eleven passengers were killed when a minibus overturned on a highway in Tanzania, police said.",
    "Twelve people were killed in a stampede at a stadium in Cameroon.",
    "Mexican troops seized two tonnes of cocaine and detained five members of a drug gang at a ranch in Sinaloa.",
])
def test_accidents_and_drug_seizures_from_detained_gangs_stay_quiet(text):
    assert not escalating(text), signals(text)


def test_deaths_when_a_building_collapses_under_shelling_stay_an_attack():
    text = "Four civilians were killed when their house collapsed after Russian shelling of Kherson, officials said."
    assert top_plover(text) == "ASSAULT", signals(text)


@pytest.mark.parametrize("text, reporter", [
    ("A bus station in the city of Kano was targeted in a gun and grenade assault that left six people dead, police "
     "said.", "police"),
    ("A market in Maiduguri was hit in a bomb assault which killed eleven traders, the state emergency agency "
     "reported.", "state emergency agency"),
])
def test_a_passive_attack_that_counts_its_dead_is_not_its_reporter_s(text, reporter):
    best = max((s for s in signals(text) if s.plover == "ASSAULT"), key=lambda s: s.confidence)
    assert best.source is None or best.source.name != reporter, signals(text)


@pytest.mark.parametrize("text", [
    "A gunman opened fire on a bus in Chicago, wounding four passengers, police said.",
    "A hit-and-run driver killed a pedestrian in Leeds, police said.",
    "The coach stormed out of the press conference after the defeat.",
])
def test_lone_shooters_hit_and_run_drivers_and_tantrums_stay_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "A gunman shot dead two policemen at a checkpoint in Quetta, officials said.",
    "Insurgents mounted hit-and-run raids that killed six soldiers in Borno state.",
])
def test_a_gunman_who_kills_policemen_and_hit_and_run_raids_stay_attacks(text):
    assert top_plover(text) == "ASSAULT", signals(text)


def test_a_gang_coalition_that_storms_a_town_attacks_it():
    text = ("Members of the Barrio Norte gang alliance stormed the town of Las Piedras overnight, burning the "
            "courthouse, the national police said.")
    assert top_plover(text) == "ASSAULT", signals(text)


@pytest.mark.parametrize("text, dyad", [
    ("Blankets and 500 tonnes of rice donated by Japan were delivered to Cox's Bazar in Bangladesh.", "JPN>BGD"),
    ("A Japanese air force C-2 transport landed in Manila carrying tents and water purifiers after the typhoon.",
     "JPN>?"),
])
def test_givers_named_on_part_of_the_goods_or_on_a_craft_s_service_give_aid(text, dyad):
    best = max((s for s in signals(text) if s.plover == "AID"), key=lambda s: s.confidence, default=None)
    assert best is not None and best.dyad.startswith(dyad.split(">")[0]), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Lithuania's decision on Monday to ban transit of Belarusian potash angered Minsk.", "sanctions"),
    ("The Nigerien junta's decision to expel the French ambassador took Paris by surprise.", "diplomatic_rupture"),
])
def test_a_measure_named_by_a_decision_noun_is_taken(text, kind):
    assert one(text, kind).plover == "SANCTION"


def test_a_measure_only_announced_stays_an_intention():
    assert one("Lithuania plans to ban transit of Belarusian potash.", "sanctions").plover == "THREATEN"


@pytest.mark.parametrize("text, state", [
    ("Burundi pulled its soldiers from three villages in eastern Congo last week.", "BDI"),
    ("Armenian troops handed the border post back to Azerbaijani forces on Friday.", "ARM"),
    ("Russian forces ceded the island to Ukrainian troops after weeks of shelling.", "RUS"),
])
def test_forces_pulled_out_or_places_handed_back_are_a_concession(text, state):
    signal = one(text, "agreement")
    assert signal.plover == "YIELD" and signal.source.code == state


@pytest.mark.parametrize("text", [
    "The coach pulled his best players from the cup tie against Portugal.",
    "Spanish tourists returned to the city after the festival.",
    "The club handed the stadium back to the city council after the final.",
])
def test_players_pulled_or_places_returned_in_everyday_news_are_quiet(text):
    assert not [s for s in signals(text) if s.plover == "YIELD"]

@pytest.mark.parametrize("text", [
    "Malaysia's health minister announced a ban on the import of flavoured e-cigarettes, saying pupils were vaping "
    "in class.",
    "Peru imposed an import ban on single-use plastic straws and polystyrene boxes, the environment ministry said.",
    "Shops must stop selling nicotine pouches to under-18s from March, Denmark's health ministry said.",
    "Sri Lanka has banned the sale of glyphosate since 2015, officials said, though smuggling from India continues.",
])
def test_bans_on_goods_regulated_at_home_are_no_sanctions(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, dyad", [
    ("Norway banned imports of cigarettes from Belarus under its sanctions regime.", "NOR>BLR"),
    ("Japan banned the export of luxury goods, including cigars and whisky, to Russia.", "JPN>RUS"),
])
def test_bans_on_the_same_goods_from_or_to_a_state_stay_sanctions(text, dyad):
    assert one(text, "sanctions").dyad == dyad


@pytest.mark.parametrize("text", [
    "An Austrian engineering group shipped 120 robot arms to a battery plant in Poland.",
    "South Korea supplied rainwater tanks and tents to Fiji after the cyclone.",
    "A French start-up delivered 40 crop-spraying drones to growers in Morocco.",
    "Portugal's maritime authority deployed four boats to contain an oil slick near Sines.",
    "Thailand halted exports of sugar for six months to keep domestic prices down, the commerce ministry said.",
])
def test_everyday_senses_of_weapon_words_and_relief_against_pollution_stay_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Poland shipped 60 tanks and artillery rounds to Ukraine, the defence ministry said.", "arms_delivery"),
    ("Iran supplied armed drones to Russia, Western officials said.", "arms_delivery"),
])
def test_weapons_delivered_to_a_state_stay_arms_deliveries(text, kind):
    assert one(text, kind).status == "actual"

@pytest.mark.parametrize("text", [
    "A Houthi drone attack set fire to an oil terminal in Saudi Arabia's Jazan province overnight, the coalition said.",
    "An Israeli air strike set ablaze a fuel depot in southern Lebanon on Sunday.",
])
def test_an_attack_that_is_the_subject_of_set_fire_is_done_not_planned(text):
    assert top_plover(text) == "ASSAULT", signals(text)


def test_an_attack_set_for_a_date_stays_planned():
    assert one("Russia's offensive against Ukraine is set to begin next week.", "attack").status == "planned"


@pytest.mark.parametrize("text", [
    "Police in Lima fired tear gas and rubber bullets at students marching on the presidential palace.",
    "Security forces used water cannon and stun grenades to break up a rally of opposition supporters in Tbilisi.",
    "Riot police in Dhaka fired tear gas at garment workers blocking a highway, arresting 20.",
])
def test_crowd_control_munitions_are_no_attack(text):
    assert top_plover(text) != "ASSAULT", signals(text)


def test_fire_that_is_not_all_crowd_control_stays_an_attack():
    text = "Israeli troops fired tear gas and live rounds at Palestinians near the Gaza fence, killing two."
    assert top_plover(text) == "ASSAULT", signals(text)


@pytest.mark.parametrize("text", [
    "An explosion at a chemical plant in Jiangsu province killed 12 workers and injured dozens, state media said.",
    "A blast in a coal mine in northern Colombia killed seven miners on Tuesday, officials said.",
])
def test_an_explosion_at_a_workplace_is_an_accident(text):
    assert top_plover(text) != "ASSAULT", signals(text)


def test_a_missile_that_hits_a_workplace_stays_an_attack():
    text = "A Russian missile strike on a factory in Zaporizhzhia killed four workers, the regional governor said."
    assert top_plover(text) == "ASSAULT", signals(text)


@pytest.mark.parametrize("text", [
    "The bombing of a busy cattle market in Borno state killed at least nine traders, officials said.",
    "The shelling of a crowded fish market in Kherson killed six people on Saturday, the governor said.",
])
def test_a_market_named_by_its_livestock_is_struck_not_an_invader(text):
    assert top_plover(text) == "ASSAULT", signals(text)


def test_an_invasion_of_locust_swarms_stays_quiet():
    assert not escalating("An invasion of locust swarms has destroyed crops across northern Kenya.")


@pytest.mark.parametrize("text", [
    "Armed men opened fire on a Malian army patrol truck near Menaka, wounding three soldiers, the army said.",
    "Gunmen ambushed a police patrol car outside Peshawar, killing two officers.",
])
def test_a_patrol_vehicle_under_fire_is_the_target_not_a_deployment(text):
    assert top_plover(text) == "ASSAULT", signals(text)


def test_a_past_verb_with_its_object_is_no_description_of_its_subject():
    text = "Militants thought to be Ansaru fighters abducted at least 30 villagers in Zamfara state, police said."
    assert top_plover(text) == "ASSAULT", signals(text)


@pytest.mark.parametrize("text", [
    "Although shelling continued near Bakhmut, the two delegations signed a framework accord on prisoner exchanges.",
    "Though clashes went on in the east, negotiators in Jeddah signed a deal committing both armies to a truce.",
])
def test_an_accord_signed_while_fighting_goes_on_is_the_news(text):
    assert top_plover(text) == "AGREE", signals(text)


def test_a_vow_to_attack_despite_talks_stays_a_threat():
    text = "The rebels vowed to attack the capital despite talks in Addis Ababa."
    assert top_plover(text) == "THREATEN", signals(text)


def test_crowd_control_fire_is_coded_as_repression_and_still_escalates():
    signal = one("Police in Lima fired tear gas and rubber bullets at students marching on the presidential palace.",
                 "attack")
    assert signal.plover == "COERCE" and signal.cameo == "175" and signal.escalates


def test_water_cannon_fired_by_one_state_on_another_s_vessel_stays_an_attack():
    text = "Chinese coast guard vessels fired water cannon at a Vietnamese fishing boat near the Paracel Islands."
    assert top_plover(text) == "ASSAULT", signals(text)


@pytest.mark.parametrize("text", [
    "Indian and Pakistani troops exchanged small-arms and artillery fire along the Line of Control overnight.",
    "Armenian and Azerbaijani border units traded heavy machine-gun and mortar fire near Sotk for two hours.",
])
def test_fire_traded_however_described_is_a_clash(text):
    assert top_plover(text) == "ASSAULT", signals(text)


@pytest.mark.parametrize("text", [
    "The two party leaders traded fire over tax policy in a heated television debate.",
    "Traders exchanged shots of tequila after the market closed on a record high.",
])
def test_fire_traded_in_politics_or_at_a_bar_is_no_clash(text):
    assert not escalating(text), signals(text)


def test_a_joint_statement_that_reports_an_attack_is_no_accord():
    text = ("Chinese state hackers stole design files from a Taiwanese chipmaker, the United States and Taiwan said "
            "in a joint statement on Friday.")
    assert top_plover(text) == "ASSAULT", signals(text)


def test_a_joint_statement_issued_on_its_own_stays_an_accord():
    text = "Egypt and Sudan issued a joint statement on Tuesday pledging closer cooperation on Nile waters."
    assert top_plover(text) == "AGREE", signals(text)


@pytest.mark.parametrize("text, source", [
    ("Georgia's defence minister said Tbilisi would retake the pass by force unless the militias withdrew.", "GEO"),
    ("The Somali president said Mogadishu would settle the dispute by other means if Nairobi kept the airstrip.",
     "SOM"),
    ("Kenya said it would intervene militarily if the fighting spilled over the border.", "KEN"),
])
def test_an_act_by_force_on_a_condition_is_a_threat(text, source):
    signal = one(text, "threat")
    assert (signal.status, signal.plover, signal.source.code) == ("threatened", "THREATEN", source)


@pytest.mark.parametrize("text", [
    "Rebels seized the town by force in 2019, residents recalled.",
    "The coach said his side would win the derby by other means if the pitch stayed wet.",
])
def test_force_without_a_condition_or_off_the_field_is_no_threat(text):
    assert not [s for s in signals(text) if s.type == "threat"]


def test_a_party_that_will_not_stand_idle_threatens():
    signal = one("Hungary said it would not stand idle if Romanian troops crossed into the disputed valley.",
                 "threat")
    assert (signal.status, signal.plover) == ("threatened", "THREATEN")


def test_a_state_and_its_own_corps_exercise_alone():
    signal = one("Iran's army and the Revolutionary Guards held five days of war games near the Iraqi border.",
                 "military_exercise")
    assert (signal.plover, signal.source.code) == ("MOBILIZE", "IRN")
    assert one("Russia's navy and the Chinese navy began joint war games in the Sea of Japan.",
               "military_exercise").plover == "COOPERATE"


@pytest.mark.parametrize("text", [
    "Russia's army staged snap drills with 40 warships in the Baltic, calling them a stern warning to NATO.",
    "Belarusian troops massed near the Lithuanian border in what Vilnius called a show of force.",
])
def test_a_threat_that_only_names_the_act_yields_to_the_act(text):
    assert top_plover(text) == "MOBILIZE"


@pytest.mark.parametrize("text, source", [
    ("Chad's junta ordered all retired soldiers under 50 to report to their former units within ten days.", "TCD"),
    ("Thousands of reservists have been ordered to report to their units by Monday, Armenia's defence ministry "
     "said.", "ARM"),
])
def test_soldiers_ordered_back_to_their_units_are_mobilised(text, source):
    signal = one(text, "mobilization")
    assert (signal.plover, signal.source.code) == ("MOBILIZE", source)


def test_goods_a_hyphenated_modifier_says_a_state_paid_for_are_its_aid():
    signal = one("Japan-funded tents and blankets were delivered to flood victims in Malawi on Friday.", "agreement")
    assert (signal.plover, signal.source.code) == ("AID", "JPN")


@pytest.mark.parametrize("text", [
    "US-made fuel pumps were delivered to a refinery in Texas on Friday.",
    "A Saudi-backed charity delivered food to the town on Monday.",
])
def test_made_or_backed_names_no_giver(text):
    assert not [s for s in signals(text) if s.source and s.source.code in {"USA", "SAU"} and s.plover == "AID"]


def test_a_statement_named_an_ultimatum_stays_a_threat():
    text = ("Armenia's premier said troops would clear the roadblocks within a week unless the protesters left, "
            "in what the opposition called an ultimatum.")
    assert top_plover(text) == "THREATEN"


def test_goods_that_only_name_who_receives_a_warning_are_no_aid():
    text = "The militia gave food traders in the port an ultimatum to close their shops or face attack."
    assert not [s for s in signals(text) if s.plover == "AID"]

def test_a_class_word_is_skipped_before_its_guards_only_where_none_of_its_frames_can_be_read():
    """The early exit of `_candidates`: a force may be read as peacekeepers (whose frames have heads of their own:
    `expelled the UN force`), and a word that receives (`delivered to the Air Force`) needs no head word at all."""
    from pipeline.signals import _may_be_framed
    assert _may_be_framed("forces", {"expel"})
    assert _may_be_framed("armed_services", set())
    assert not _may_be_framed("forces", set())
    assert signals("Khartoum kicked out the UN peacekeeping force in June.")
    assert not escalating("The force of the gale kicked up waves along the harbour wall.")


@pytest.mark.parametrize("text, kind, dyad", [
    ("Slovakia gave Ukraine fighter jets in March.", "arms_delivery", "SVK>UKR"),
    ("Norway lent the Ukrainian army two air defence systems.", "arms_delivery", "NOR>UKR"),
    ("Washington sold Taipei a batch of anti-ship missiles.", "arms_delivery", "USA>TWN"),
    ("Ankara handed Azerbaijan armed drones last autumn.", "arms_delivery", "TUR>AZE"),
    ("Kuwait sent Sudan emergency food aid on Monday.", "agreement", "KWT>SDN"),
    ("Moscow handed Tbilisi an ultimatum over the border posts.", "threat", "RUS>GEO"),
])
def test_the_first_of_two_objects_receives(text, kind, dyad):
    """A verb of two objects gives to the first: the parser's modifier of the goods is no giver."""
    assert one(text, kind).dyad == dyad


def test_goods_named_for_their_maker_keep_their_giver():
    signal = one("Poland sent Leopard tanks to Ukraine in February.", "arms_delivery")
    assert signal.dyad == "POL>UKR"


@pytest.mark.parametrize("text", [
    "The governor gave aid workers a day to clear the road after the landslide.",
    "The club gave relief volunteers free tickets to the final.",
])
def test_a_receiver_of_two_objects_is_no_aid_given(text):
    assert not [s for s in signals(text) if s.plover == "AID"]


@pytest.mark.parametrize("text", [
    "A blast at a busy livestock market in Maiduguri killed 14 traders on Tuesday.",
    "An explosion tore through a Sufi shrine during evening prayers, killing at least 20 worshippers.",
    "The explosion, which struck a police checkpoint outside Quetta, wounded seven people; no group claimed "
    "responsibility.",
])
def test_a_deadly_blast_where_attacks_strike_is_an_attack(text):
    assert top_plover(text) == "ASSAULT"


@pytest.mark.parametrize("text", [
    "A gas leak explosion at a crowded market in Lagos killed six traders, the fire service said.",
    "A boiler blast at a textile mill killed four workers on Monday.",
    "An explosion at a fireworks warehouse near the bus station killed two people.",
    "An explosion at a restaurant kitchen killed a cook on Sunday.",
])
def test_a_blast_with_an_accident_cue_or_no_attack_site_stays_quiet(text):
    assert not [s for s in signals(text) if s.plover == "ASSAULT"]


def test_a_group_that_comes_under_fire_is_the_target_by_its_members():
    signal = one("A convoy of Malian soldiers came under fire near Gao on Monday, the army said.", "attack")
    assert (signal.plover, signal.target.code) == ("ASSAULT", "MLI")


def test_hackers_tied_to_a_state_group_act_for_it_where_the_tie_reads_as_their_verb():
    text = ("Hackers tied to Iran's Revolutionary Guards broke into the email servers of an Israeli hospital, "
            "researchers said.")
    signal = one(text, "cyberattack")
    assert signal.source.code in {"IRN", "IRGC"}


@pytest.mark.parametrize("text", [
    "The smoke over the harbour came from air strikes on ammunition stores outside the city, locals said.",
    "Police say the rail blockage was an act of sabotage carried out by a group that fled across the border.",
])
def test_an_attack_noun_with_what_it_struck_or_who_did_it_is_an_event(text):
    assert top_plover(text) == "ASSAULT"


@pytest.mark.parametrize("text", [
    "The museum opened an exhibition about air strikes in the last century.",
    "The novel, which imagines air strikes on a fictional island nation, won the prize on Thursday.",
    "The listed captain was responsible for missile strikes on merchant shipping, the notice says.",
])
def test_an_attack_noun_merely_named_stays_no_event(text):
    assert top_plover(text) != "ASSAULT"


def test_a_force_that_would_chase_a_militia_on_a_condition_threatens():
    text = ("Uganda's army chief said his troops would hunt down the ADF militia inside Congo unless Kinshasa "
            "acted first.")
    assert top_plover(text) == "THREATEN"


def test_a_militia_pursued_without_a_condition_is_no_threat():
    assert top_plover("Soldiers pursued the militia into the forest on Sunday, the army said.") != "THREATEN"


def test_business_named_only_in_a_threats_condition_leaves_it_a_threat():
    text = "Beijing warned Manila it would not sit idle if oil drilling rigs moved into the disputed shoal."
    assert top_plover(text) == "THREATEN"


def test_a_firm_that_would_not_stand_idle_stays_quiet():
    assert not escalating("The retailer said it would not stand idle if online rivals kept cutting prices.")


def test_a_club_promise_on_a_condition_is_no_threat_of_any_kind():
    assert not [s for s in signals("The club said tickets would go on general sale if members stayed away.")
                if s.status == "threatened"]


@pytest.mark.parametrize("text", [
    "The Chilean peso mounted a counter-offensive against the euro, recovering its losses of the week.",
    "Lisbon city hall launched an offensive against noisy tuk-tuks in the old town, doubling fines.",
    "The Kenyan health ministry declared war on counterfeit Panadol, putting scanners in every pharmacy.",
    "Spain's culture minister vowed to protect cinemas from the invasion of streaming giants, capping licences.",
    "Lima's mayor pledged to save the old town from an invasion of short-term rentals.",
])
def test_a_state_body_campaigning_against_a_nuisance_makes_no_attack(text):
    assert not escalating(text)


@pytest.mark.parametrize("text, source, target", [
    ("Ukrainian forces mounted a counter-offensive against Russian troops near Izium.", "UKR", "RUS"),
    ("Russia launched an offensive against the town of Vuhledar on Monday.", "RUS", None),
    ("Ethiopia launched an offensive against the town, its army said.", "ETH", None),
])
def test_an_offensive_on_a_party_or_a_town_stays_an_attack(text, source, target):
    signal = one(text, "attack")
    assert signal.source.code == source and (target is None or signal.target.code == target)


def test_war_declared_on_illegal_armed_groups_stays_a_threat():
    assert one("Colombia's president declared war on illegal armed groups in Cauca.", "threat").source.code == "COL"


@pytest.mark.parametrize("text", [
    "Ireland's hockey federation was hit with sanctions by the world body for fielding an ineligible player.",
    "Japan's volleyball association was hit with sanctions by FIVB for a doping case, losing its points.",
    "Wales's rugby union was slapped with a fine by World Rugby for fielding an ineligible prop.",
])
def test_a_sport_body_hitting_a_national_team_with_penalties_is_no_signal(text):
    assert not escalating(text)


def test_a_state_hitting_another_with_sanctions_is_a_sanction_not_an_attack():
    found = escalating("North Korea was hit with new sanctions by the European Union over its missile tests.")
    assert [(s.type, s.source.code, s.target.code) for s in found] == [("sanctions", "EU", "PRK")]


@pytest.mark.parametrize("text", [
    "Paraguay's agriculture ministry suspended soy exports for a month in a bid to bring down feed prices.",
    "Malaysia's government banned exports of raw bauxite to push miners into building refineries at home.",
    "New Zealand's government extended its ban on foreign buyers of residential property, saying it wanted to "
    "cool prices in Auckland and Wellington.",
    "Peru's mining ministry threatened to revoke the licence of a zinc mine that failed to file its safety reports.",
])
def test_a_state_regulating_trade_and_firms_at_home_makes_no_sanction(text):
    assert not escalating(text)


@pytest.mark.parametrize("text, source, target", [
    ("China suspended soybean imports from Canada in an attempt to punish Ottawa for the arrest.", "CHN", "CAN"),
    ("Russia threatened to revoke the licences of British banks in Moscow.", "RUS", None),
    # a state or an official body refusing a licence for trade, outside a notice too: the destination bears it
    ("Germany refused export licences for Leopard tanks to Saudi Arabia, a government spokesman said.", "DEU", "SAU"),
    ("The Swedish Inspectorate of Strategic Products denied an export licence for radar components to a distributor "
     "in the United Arab Emirates after finding that the end user was linked to Russia's armed forces.", None, "ARE"),
    ("The Licensing Commission decided to refuse a licence to a Polish firm seeking to export 500 drone engines to a "
     "buyer in Kazakhstan.", None, "KAZ"),
    ("Licences for the export of drone engines to end users in Iran were denied by the Interministerial Council, in "
     "view of Iran's military support to Russia's war.", None, "IRN"),
])
def test_a_trade_measure_or_licence_aimed_at_a_state_stays_a_sanction(text, source, target):
    signal = one(text, "sanctions")
    assert signal.source == source or signal.source.code == source
    assert target is None or signal.target.code == target

@pytest.mark.parametrize("text, state", [
    ("Hackers tied to Iran's Revolutionary Guards broke into the email servers of Albania's interior ministry, "
     "officials in Tirana said.", "IRGC"),
    ("Hackers linked to Russia's military intelligence crippled the ticketing system of a Polish railway, "
     "investigators said.", "RUS"),
])
def test_a_sponsoring_participle_the_parser_reads_as_the_verb_still_names_the_state(text, state):
    """`hackers linked to X broke into`: the parser takes `linked` for the group's verb and hangs the act on it."""
    found = one(text, "cyberattack")
    assert (found.plover, found.source.code) == ("ASSAULT", state)


def test_hackers_tied_to_no_state_name_no_sponsor():
    text = "Hackers linked to a criminal gang stole card numbers from a supermarket chain, police said."
    assert not [s for s in signals(text) if s.source and s.source.code]


@pytest.mark.parametrize("text", [
    "Leaders of the Pacific Islands Forum gathered in Suva for their annual summit on Tuesday.",
    "Andean Community trade ministers met in Lima on Thursday.",
    "Envoys from Ethiopia and Eritrea met in Jeddah to discuss the border.",
    "Negotiations were held in Doha between rival Libyan factions.",
    "Talks opened in Kampala between Congolese militias and the army's commanders.",
])
def test_a_meeting_of_parties_named_together_is_talks(text):
    """A body of member states' leaders meet each other; envoys `from` two states, or the plural after `between`,
    name both sides at once."""
    assert top_plover(text) == "CONSULT"


@pytest.mark.parametrize("text", [
    "Tata Group executives met in Mumbai to discuss the merger.",
    "The cabinet met on Monday.",
    "Premier League club chiefs met in London to discuss a spending cap.",
])
def test_a_company_or_a_single_body_meeting_alone_is_no_talks(text):
    assert top_plover(text) != "CONSULT"


def test_a_where_clause_after_a_journey_tells_the_meeting():
    """`flew to X, where he met Y`: a further act of the traveller, not a description of the place."""
    text = "Kenya's president travelled to Kinshasa, where he met Congolese rebel leaders on Sunday."
    found = one(text, "talks")
    assert (found.plover, found.source.code) == ("CONSULT", "KEN")


def test_a_where_clause_describing_a_place_stays_quiet():
    text = "Holidaymakers crowded the seaside town, where a museum recalls the bombing raids of 1944."
    assert not escalating(text)


@pytest.mark.parametrize("text", [
    "Finland moved a coastal defence unit to the Aland islands on Friday, the defence forces said.",
    "Poland sent a tank company and a drone unit to its border with Belarus.",
])
def test_a_unit_named_for_its_arm_is_a_force_moved(text):
    assert top_plover(text) == "MOBILIZE"


def test_a_civil_unit_deployed_is_no_force():
    assert not escalating("The hospital deployed a new intensive care unit to its east wing.")


def test_emergency_rule_declared_across_a_states_provinces_is_that_states():
    """No agent named: the state whose provinces the rule spans declared it, in a military sentence."""
    text = "A state of emergency was declared throughout Ecuador's coastal provinces, giving troops powers to patrol."
    found = one(text, "mobilization")
    assert (found.plover, found.target.code) == ("MOBILIZE", "ECU")


def test_emergency_rule_against_a_wildfire_stays_quiet():
    assert not escalating("A state of emergency was declared across two provinces of Argentina after wildfires "
                          "burned farmland.")


def test_a_community_of_states_suspending_a_member_is_a_sanction():
    found = one("The regional bloc suspended Guinea from all its bodies after the soldiers seized power.", "sanctions")
    assert (found.plover, found.target.code) == ("SANCTION", "GIN")


def test_a_government_suspending_its_own_classes_is_no_sanction():
    assert not escalating("The government suspended school classes in the capital because of the heat wave.")


def test_lifting_a_suspension_of_budget_support_is_a_concession():
    """A suspension is a restriction (classes.json `restrictions`): lifting one gives back what was withheld."""
    assert top_plover("The European Union lifted its suspension of budget aid to Niger after the junta freed "
                     "the president.") == "YIELD"


@pytest.mark.parametrize("text", [
    "Uruguay's government halted beef exports for two weeks as domestic prices climbed to a record.",
    "Tanzania banned maize exports after a drought cut the harvest in the north.",
    "Bolivia's government suspended sugar exports because mills could not meet local demand.",
    "A Peruvian court suspended the sale of a seaside hotel in Lima to a private developer.",
    "Quito's city council deployed more police officers in the historic centre to stop pickpockets.",
    "The Egyptian government cracked down on smuggled cigarettes, raiding warehouses in Alexandria.",
    "Romanian tax inspectors raided the offices of a supermarket chain over unpaid VAT.",
])
def test_a_measure_or_force_on_no_party_abroad_and_no_armed_party_is_business_at_home(text):
    assert not escalating(text)


@pytest.mark.parametrize("text, kind, source, target", [
    ("Russia halted imports of Moldovan apples after Chisinau signed a trade deal with the EU.", "sanctions", "RUS",
     "MDA"),
    ("Turkish troops raided warehouses used by PKK fighters in northern Iraq.", "attack", "TUR", None),
    ("Armenia deployed more police officers to the border with Azerbaijan.", "troop_buildup", "ARM", "AZE"),
    ("Kenya deployed 400 police officers to Haiti to fight armed gangs.", "troop_buildup", "KEN", "HTI"),
])
def test_a_measure_or_force_on_a_party_abroad_or_an_armed_party_stays_a_signal(text, kind, source, target):
    signal = one(text, kind)
    assert signal.source.code == source and (target is None or signal.target.code == target)


@pytest.mark.parametrize("text", [
    "Washington has now targeted the assets of three Russian arms dealers whose firms supply the army fighting in "
    "Ukraine.",
    "OFSI targeted twelve Syrian businessmen on Thursday over their links to the army.",
])
def test_aiming_a_measure_at_money_or_its_holders_is_no_attack(text):
    """`target` on assets, funds, oligarchs or a network (triggers.json `not_on_aims`), or by a sanctions office."""
    assert not [s for s in signals(text) if s.type == "attack"]


@pytest.mark.parametrize("text", [
    "Russian drones targeted the power network and residential blocks in Odesa overnight.",
    "Insurgents targeted a police convoy carrying cash to the central bank in Mogadishu.",
])
def test_force_aimed_at_people_or_a_network_of_lines_stays_an_attack(text):
    assert one(text, "attack").status == "actual"


@pytest.mark.parametrize("text, kind", [
    ("QUESTION: Did the United States send cluster munitions to Ukraine last month?", "arms_delivery"),
    ("Will Japan impose sanctions on Russian banks?", "sanctions"),
    ("Reporter: Will Norway also send air defence systems to Ukraine this year?", "arms_delivery"),
])
def test_a_yes_or_no_question_reports_nothing(text, kind):
    """A direct question whose auxiliary leads its subject asks whether the act holds: hypothetical, no alert."""
    assert not [s for s in signals(text) if s.type == kind and s.status in ("actual", "planned")]


def test_a_question_words_question_keeps_its_event():
    """`How soon will ... deliver`: the question is about the timing, the delivery is given."""
    assert one("How soon will the Netherlands deliver the F-16 jets to Ukraine?", "arms_delivery").status == "planned"


def test_a_list_screened_against_by_what_it_lists_is_no_measure():
    text = ("Q: Do we need to vet every tenant? A: Letting agents should screen new tenants against the consolidated "
            "list of asset freeze targets. Q: What if a name matches? A: Tell OFSI at once; do not hand over any "
            "frozen funds without a licence.")
    assert not escalating(text)


def test_a_report_that_explains_a_measure_takes_none():
    """A measure a report, study or answer treats (status_cues.json `topics.treating_verbs`) is its matter."""
    assert not escalating("The annual report to parliament explains the arms embargo on Belarus and lists the "
                          "licences refused.")


def test_a_measure_a_report_says_was_imposed_stays_one():
    assert one("The EU imposed an arms embargo on Belarus in March, the report says.", "sanctions").status == "actual"


@pytest.mark.parametrize("text", [
    "The bill would impose sanctions on Chinese officials involved in the crackdown.",
    "The draft resolution bans arms sales to the junta.",
    "A motion tabled by two senators would impose an embargo on Russian gold.",
])
def test_a_measure_a_draft_would_take_is_proposed(text):
    """A clause whose subject is a text not yet adopted (status_cues.json `proposed.drafts`) proposes its measure."""
    assert one(text, "sanctions").status == "proposed"


def test_a_measure_an_adopted_law_takes_stays_taken():
    assert one("Parliament passed a law on Tuesday that bans arms sales to the junta.", "sanctions").status != "proposed"


def test_a_determination_targeting_a_sector_is_no_attack():
    """A measure noun that a participle of aiming describes is the subject aiming (triggers.json `not_by_subjects`)."""
    text = "Amid the war, the Treasury issued a determination targeting the Russian mining sector."
    assert not [s for s in signals(text) if s.type == "attack"]


def test_a_name_that_reads_as_a_draft_is_none():
    """`Bill` in a name is no bill: a draft word counts only as a common word."""
    assert one("President Bill Clinton imposed sanctions on the ruling militia on Tuesday.",
               "sanctions").status == "actual"


@pytest.mark.parametrize("text", [
    "SWIFT is like an email service for banks, and it is run from Belgium.",
    "We are working with SWIFT this weekend to see what it can do about Russian banks.",
])
def test_the_payments_network_itself_is_no_measure(text):
    """A network's name (triggers.json `network_terms`) names a measure only as what a party is cut from."""
    assert not escalating(text)


@pytest.mark.parametrize("text, status", [
    ("The EU will disconnect seven Russian banks from SWIFT.", "planned"),
    ("Several Iranian banks were cut off from the SWIFT messaging system on Saturday.", "actual"),
])
def test_banks_cut_from_the_payments_network_are_sanctioned(text, status):
    assert one(text, "sanctions").status == status


@pytest.mark.parametrize("text", [
    "Slovakia warned it would veto the EU's new round of sanctions against Moscow if its gas supplies were not "
    "guaranteed.",
    "Greece said it would block the bloc's arms embargo talks on Turkey unless Ankara withdrew its survey ship.",
])
def test_a_veto_held_over_a_demand_is_a_threat(text):
    """status_cues `threatened.leverage`: a refusal tied to a condition is leverage, not the measure denied."""
    assert top_plover(text) == "THREATEN"


def test_a_plain_veto_stays_a_refusal():
    assert top_plover("Austria vetoed the new sanctions package on Russia on Monday.") == "REJECT"


def test_a_lawmaker_blocking_a_bill_on_a_condition_is_no_threat():
    assert not escalating("The senator said he would block the farm bill unless subsidies for dairy farmers were "
                          "restored.")


@pytest.mark.parametrize("text, source", [
    ("Venezuela will regard any foreign warship entering its waters off Guyana as a hostile force, the defence "
     "minister said.", "VEN"),
    ("Iran said it would treat any tanker escorted by foreign navies as a legitimate target.", "IRN"),
])
def test_saying_whom_one_will_treat_as_an_enemy_is_a_threat(text, source):
    """status_cues `threatened.hostile_designations` under a `regarding_verbs` verb with a future auxiliary."""
    found = one(text, "threat")
    assert (found.plover, found.source.code) == ("THREATEN", source)


def test_calling_a_past_act_an_act_of_war_makes_no_threat():
    assert not [s for s in signals("Iran called the assassination of its general an act of war.")
                if s.type == "threat"]


def test_a_coach_treating_a_derby_as_war_is_no_threat():
    assert not escalating("The coach said he would treat Saturday's derby as a declaration of war on the league "
                          "leaders.")


@pytest.mark.parametrize("text", [
    "Lithuania will cut off electricity exports to Kaliningrad if Russia stages drills near its border, the energy "
    "minister said.",
    "Moldova will cut the electricity supply to the breakaway region if its authorities set up new checkpoints, the "
    "minister said.",
])
def test_a_penalty_promised_on_another_partys_act_is_a_threat(text):
    """status_cues `threatened.coercive_acts`: a conditional penalty by a state is a threat, whatever its object."""
    assert top_plover(text) == "THREATEN"


@pytest.mark.parametrize("text, dyad", [
    ("Israel warned that Hamas would pay a heavy price if the group launched another attack.", "ISR>HAMAS"),
    ("The army chief said Hamas would pay a heavy price and Gaza could be turned into rubble if the group launched "
     "another attack.", "?>HAMAS"),
])
def test_a_party_told_it_will_pay_for_an_act_is_the_threats_target(text, dyad):
    """status_cues `threatened.penalties`: the one who would pay is threatened, also where the condition closes a
    second promise coordinated with the first."""
    signal = one(text, "threat")
    assert (signal.status, signal.plover, signal.dyad) == ("threatened", "THREATEN", dyad)


@pytest.mark.parametrize("text", [
    "Ireland will close schools in the west if the storm worsens, the education minister said.",
    "The airline said it would suspend flights to Dublin if the airport raised its fees.",
])
def test_a_precaution_or_a_companys_terms_on_a_condition_is_no_threat(text):
    assert not escalating(text)


@pytest.mark.parametrize("text", [
    "A convoy of 30 lorries carrying flour and medicines reached the besieged town of Taiz on Friday.",
    "Aid trucks loaded with tents and blankets crossed into quake-hit northern Syria through the Bab al-Hawa crossing.",
])
def test_relief_with_no_giver_named_is_aid_to_the_place_it_reaches(text):
    """classes.json `relief_marks`: the convoy's destination receives the relief."""
    assert top_plover(text) == "AID"


def test_a_purpose_dated_by_a_season_is_no_civil_purpose():
    """classes.json `time_preps`: `heading into winter` dates the purpose; the interceptors are arms, not relief
    against the weather."""
    signal = one("The Pentagon will send Ukraine air defence interceptors to help protect its power grid heading into "
                 "winter.", "arms_delivery")
    assert signal.dyad == "USA>UKR"


def test_an_armed_group_handing_its_rifles_to_a_mission_disarms():
    text = "ELN guerrillas handed their rifles to a UN mission in Cauca."
    assert "arms_delivery" not in {s.type for s in signals(text)}
    assert strongest(text).plover == "YIELD"


def test_an_economic_blockade_is_a_sanction():
    signal = strongest("Turkey imposed a trade blockade on Armenia in 1993.")
    assert (signal.type, signal.plover, signal.dyad) == ("sanctions", "SANCTION", "TUR>ARM")


def test_a_war_ended_is_no_attack_and_the_end_of_a_war_dates_an_event():
    assert "attack" not in {s.type for s in signals(
        "Troops from Eritrea began leaving Tigray on Friday, ending a two-year war in the region.")}
    assert not signals("Germany's parliament approved the largest defence budget since the end of the Cold War.")


def test_a_trigger_naming_a_place_is_no_event():
    assert "agreement" not in {s.type for s in signals("The envoys met in the armistice town of Kaesong on Monday.")}


def test_an_accord_stays_beside_the_withdrawal_it_calls_for():
    """A signal with one end is not subsumed by a request: the accord signed is not the withdrawal it asks for."""
    text = "Uganda signed a security accord on Friday that calls for the withdrawal of Rwandan troops from Ugandan soil."
    assert ("agreement", "actual", "AGREE") in {(s.type, s.status, s.plover) for s in signals(text)}
    assert strongest(text).plover == "AGREE"


def test_an_accord_that_ends_a_boycott_is_no_sanction():
    text = ("Gulf leaders signed a declaration in Kuwait City on Tuesday that formally ends a two-year boycott of "
            "Qatar by Saudi Arabia and Bahrain.")
    assert "sanctions" not in {s.type for s in signals(text)}
    assert strongest(text).plover == "AGREE"


def test_a_move_a_party_names_retaliation_is_no_threat():
    found = signals("Beijing banned imports of Taiwanese pineapples, in a move Taipei called retaliation for its ties "
                    "with Washington, state media reported.")
    assert [s.type for s in found] == ["sanctions"]


def test_an_accord_that_dates_an_event_is_its_background():
    """status_cues `dating_nouns`: `on the first day of a truce` dates the release, the news."""
    assert strongest("Twelve hostages were freed by the Houthis on Sunday and handed over to the Red Cross in Sanaa "
                     "on the first day of a three-day truce.").plover == "YIELD"


def test_fighting_resumed_in_a_clause_of_its_own_is_no_accord_on_it():
    """A verb conjoined with its own subject and auxiliary holds its object (`the truce will end and the army will
    resume its offensive`): the offensive is what is threatened, not what the truce ends."""
    assert strongest("The rebels must lay down their arms by Friday or the truce will end and the army will resume "
                     "its offensive, the minister said.").plover == "THREATEN"


def test_easing_a_shortage_concedes_nothing():
    assert not signals("Two Iranian tankers carrying gasoline docked in Latakia on Monday, easing Syria's crippling "
                       "fuel shortages, officials said.")


def test_restoring_ties_that_talks_discuss_is_their_topic():
    assert strongest("Diplomats from Riyadh and Tehran met in Baghdad to discuss restoring diplomatic ties and "
                     "reopening embassies.").plover == "CONSULT"


@pytest.mark.parametrize("text", [
    "A ship carrying 30,000 tonnes of wheat docked in Alexandria on Monday, traders said.",
    "A truck carrying bottled water and snacks for the marathon runners reached Boston on Sunday.",
])
def test_goods_carried_to_a_place_with_no_relief_word_are_trade(text):
    assert not signals(text)


@pytest.mark.parametrize("text", [
    "Croatia shut two minor crossings to livestock lorries as a precautionary measure after swine fever reached a farm.",
    "Finland suspended ferry services to the archipelago for safety reasons while ice covered the bay.",
])
def test_a_measure_told_as_a_precaution_is_no_sanction(text):
    """classes.json `precautions`: a state guarding against a hazard at home punishes no one."""
    assert not escalating(text)


@pytest.mark.parametrize("text", [
    "Israel closed the crossings into Gaza as a precaution.",
    "Turkey closed its airspace to Armenian flights as a precaution.",
])
def test_a_precaution_against_a_named_party_or_in_a_military_setting_stays_a_measure(text):
    assert any(s.type == "sanctions" for s in escalating(text))


@pytest.mark.parametrize("text", [
    "Coffee shipments to Germany and Italy jumped after Vietnam curbed exports, a growers' federation said.",
    "Sales of Chilean copper to Japan rose as Peru restricted exports during the strike.",
])
def test_a_measure_that_only_explains_a_trade_flow_is_market_news(text):
    """A trade measure in the reason clause of a trade flow's move names a market, not a state it falls on."""
    assert not escalating(text)


@pytest.mark.parametrize("text", [
    "Spain sent two water-bombing aircraft to Greece to help fight wildfires near Athens.",
    "Turkey dispatched three fire-fighting helicopters to Israel as blazes spread near Haifa.",
])
def test_firefighting_craft_sent_abroad_are_aid(text):
    """classes.json: water bombers and fire-fighting craft are relief, and `water-bombing` is no bombing."""
    assert top_plover(text) == "AID"


@pytest.mark.parametrize("text, status", [
    ("Brussels will suspend Cambodia's tariff-free access to the single market unless Phnom Penh frees the opposition "
     "leader.", "threatened"),
    ("Washington suspended Bangladesh's preferential trade status over labour abuses.", "actual"),
])
def test_trade_preferences_withdrawn_are_a_sanction(text, status):
    assert one(text, "sanctions").status == status


def test_a_shops_duty_free_offer_withdrawn_is_no_sanction():
    assert not escalating("The retailer withdrew its duty-free access offer for loyalty card holders.")


@pytest.mark.parametrize("text", [
    "Tehran warned Baku that any Israeli base on its soil would meet a commensurate response.",
    "Ankara warned Athens that any drilling near Kastellorizo would be met with an appropriate response.",
])
def test_a_promised_measured_response_is_a_threat(text):
    assert top_plover(text) == "THREATEN"


@pytest.mark.parametrize("text", [
    "The health ministry promised an appropriate response to the measles outbreak.",
    "The central bank's appropriate response to inflation was a rate rise, analysts said.",
])
def test_an_appropriate_response_to_a_hazard_or_a_market_is_no_threat(text):
    assert not escalating(text)


@pytest.mark.parametrize("text, plover", [
    ("Spain's last Leopard tanks arrived in Ukraine on Monday, concluding a delivery pledged in 2023.", "AID"),
    ("Russian bombers arrived in Belarus on Monday, completing the exercise.", "MOBILIZE"),
])
def test_an_arrival_that_completes_a_delivery_is_the_delivery(text, plover):
    """classes.json `completing_verbs`: `completing a transfer` makes arriving jets a delivery, not a buildup."""
    assert top_plover(text) == plover


@pytest.mark.parametrize("text, plover", [
    ("The arrival of 600 more Chadian soldiers in northern Cameroon brings the contingent to 2,400.", "MOBILIZE"),
    ("The arrival of 2,000 Rwandan troops in Cabo Delgado was confirmed by Kigali on Monday.", "MOBILIZE"),
])
def test_the_arrival_of_forces_is_their_deployment(text, plover):
    assert top_plover(text) == plover


def test_the_arrival_of_an_army_sports_team_is_no_deployment():
    assert not escalating("Fans cheered the arrival of the army football team in Lagos.")


@pytest.mark.parametrize("text", [
    "The army announced the arrival of a first lot of self-propelled howitzers ordered from South Korea.",
    "Anti-ship missiles contracted with Brazil arrived at the naval base in Lagos on Friday.",
])
def test_materiel_tied_to_the_state_it_came_from_arrives_as_a_delivery(text):
    """Materiel a participle ties to a state it was ordered from or contracted with is delivered, no buildup."""
    assert {s.type for s in escalating(text)} == {"arms_delivery"}


@pytest.mark.parametrize("text", [
    "A synthetic molecule developed in Denmark killed multidrug-resistant germs in the lab by attacking the bacterial cell wall.",
    "Chile's health ministry said the new immunotherapy destroyed tumours in nine of twelve patients at the national cancer institute.",
    "Antibodies made by the Swiss start-up target a protein the virus uses to invade lung cells, the national institute said.",
    "Bears killed four cows in Slovakia's Tatra mountains this month, the environment ministry said.",
    "Argentine ants have invaded gardens across southern Portugal, the agriculture ministry said.",
])
def test_medicine_pests_and_predators_that_kill_or_attack_are_no_conflict(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a vaccination team in northern Nigeria, killing two health workers, police said.",
    "Russian drones destroyed a hospital in Kharkiv that treated cancer patients, Ukrainian officials said.",
    "Insurgents attacked a militia camp where doctors were testing a new malaria vaccine, the army said.",
    "Gunmen killed two herders and 40 cattle in Plateau state, police said.",
])
def test_attacks_on_people_and_places_beside_medicine_stay_attacks(text):
    assert any(s.type == "attack" for s in signals(text)), signals(text)


@pytest.mark.parametrize("text", [
    "Save the Children flew an emergency medical team to Rafah on Sunday as the wounded filled the hospital.",
    "Jordan dispatched two surgical teams to Khan Younis after the strikes, the army said.",
    "The Red Crescent sent trauma surgeons to Aleppo as casualties from the shelling mounted.",
])
def test_teams_of_surgeons_sent_to_a_war_zone_are_aid(text):
    assert top_plover(text) == "AID", signals(text)


@pytest.mark.parametrize("text", [
    "The clinic sent a surgical team to the stadium after a player collapsed during the final.",
    "The hospital flew trauma surgeons to the ski resort after the avalanche.",
])
def test_surgeons_sent_to_sport_or_accidents_stay_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Peru's envoy went back to Bogota on Monday, ending an eight-month diplomatic freeze between the neighbours.",
    "Qatar lifted the diplomatic boycott it had kept on Bahrain since 2017, the foreign ministry said.",
])
def test_ending_a_diplomatic_freeze_is_a_concession(text):
    assert top_plover(text) == "YIELD", signals(text)


def test_a_price_freeze_ended_by_a_retailer_is_no_concession():
    assert not signals("The supermarket chain ended its price freeze on bread after six months.")


@pytest.mark.parametrize("text", [
    "Croatia's civil protection directorate mobilised 900 volunteers and 60 water pumps after the Sava overflowed "
    "near Slavonski Brod.",
    "Romania dispatched 250 search-and-rescue personnel and sniffer dogs to villages buried by mudslides in the "
    "Carpathians.",
    "Kenya's health ministry deployed 1,200 doctors and nurses to counties hit by a cholera outbreak.",
    "Serbia sent firefighters and bulldozers to clear roads blocked by snow in the south of the country.",
    "Belgium's interior ministry will deploy 3,000 police officers around the stadium for Sunday's Champions League "
    "semi-final second leg.",
])
def test_civil_services_sent_at_home_and_police_at_a_match_are_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Azerbaijan sent troops and volunteers to the frontier with Armenia as the standoff deepened.", "troop_buildup"),
    ("Serbia called up 4,000 reservists and moved armoured units towards the boundary with Kosovo.", "mobilization"),
    ("Georgia's interior ministry sent police and engineers to the disputed frontier near South Ossetia.",
     "troop_buildup"),
    ("Belarus mobilised volunteers and rescuers along its border with Poland as the standoff deepened.",
     "mobilization"),
    ("Turkey mobilised 20,000 reservists after the earthquake, the defence ministry said.", "mobilization"),
])
def test_forces_sent_to_a_border_or_called_up_still_count(text, kind):
    assert one(text, kind)


@pytest.mark.parametrize("text", [
    "A Portuguese bakery chain's invasion of Sao Paulo went on this month with its sixteenth shop in the city.",
    "Indonesian instant-noodle makers have launched an assault on the Nigerian market with cheaper packs.",
    "Korean beauty brands are mounting an offensive in Brazil, where their sales doubled last year.",
])
def test_a_firm_or_brand_that_invades_or_attacks_a_market_is_a_figure_of_speech(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Russia's invasion of Ukraine entered its fourth year as drones struck Kharkiv overnight.",
    "Militants launched an assault on an army base in northern Mali, killing twelve soldiers.",
    "Gunmen attacked a supermarket chain's warehouse in Lagos and killed two guards, police said.",
])
def test_invasions_and_assaults_by_armed_parties_stay_attacks(text):
    assert any(s.type == "attack" for s in escalating(text)), signals(text)


@pytest.mark.parametrize("text", [
    "Uruguay suspended the sale of state farmland on the coast while a land registry audit is under way.",
    "Sri Lanka halted imports of luxury cars to save scarce foreign currency.",
    "Colombia's mining agency froze new gold exploration permits in the Andes region.",
    "Romanian coffee importers said prices rose after Brazil restricted exports.",
    "The provincial council closed three coastal roads to caravans over the Easter weekend.",
])
def test_a_restriction_word_that_names_no_one_it_falls_on_is_no_sanction(text):
    """classes.json `restriction_words`: a ban, halt or freeze at home with no foreign party in its phrases."""
    assert not escalating_of(text, "sanctions")


@pytest.mark.parametrize("text", [
    "Algeria suspended all trade with Spain over its stance on Western Sahara.",
    "Lithuania banned imports of Belarusian fertiliser.",
    "Japan froze the assets of four Russian oligarchs.",
    "China restricted exports of gallium and germanium.",
    "Estonia closed its border crossings to Russian citizens.",
    "Poland halted grain shipments, adding the measure to the sanctions it already imposes on Moscow.",
])
def test_a_restriction_word_that_names_whom_it_falls_on_stays_a_sanction(text):
    """A foreign state, party or nationality in the measure's phrases, strategic goods, or a sanctions term beside."""
    assert any(s.type == "sanctions" for s in escalating(text))


@pytest.mark.parametrize("text", [
    "The aid agency suspended food distribution in the camp after gunmen attacked its convoy.",
    "Azerbaijan warned Armenia it would close the road if the shelling continued.",
])
def test_a_restriction_amid_violence_or_under_a_threat_keeps_its_reading(text):
    """A measure among military or violence words, or threatened, falls on the party the sentence names elsewhere."""
    assert [s for s in signals(text) if s.type in {"sanctions", "threat"}]


@pytest.mark.parametrize("text", [
    "China suspended imports of Norwegian salmon after the prize was announced.",
    "Vietnam halted purchases of fruit, and Thailand protested on Friday.",
    "The charity suspended food distribution in Sudan after its depot was looted.",
])
def test_a_restriction_on_a_state_named_by_nationality_objection_or_place_stays_a_sanction(text):
    """The bearer may be a nationality on the goods, a state objecting in the sentence, or the state it is set in."""
    assert any(s.type == "sanctions" for s in signals(text))


@pytest.mark.parametrize("text", [
    "Mediators from Oman sat down with Yemeni and Saudi officials in Muscat to discuss a nationwide truce.",
    "The interior ministers of Uzbekistan and Tajikistan discussed a possible ceasefire in the disputed valley during "
    "a meeting in Tashkent.",
    "An envoy of the Pope met Ukrainian officials in Kyiv to discuss the exchange of prisoners of war.",
    "Nigerien and Beninese officials met in Niamey to discuss the return of refugees to the border villages.",
])
def test_an_accord_under_discussion_is_the_topic_of_the_talks(text):
    assert top_plover(text) == "CONSULT"


@pytest.mark.parametrize("text", [
    "Hamas said it had proposed a five-year truce to Israel through Egyptian mediators.",
    "Armenia and Azerbaijan signed a peace treaty in Washington on Friday.",
])
def test_an_accord_a_party_offers_or_signs_stays_an_agreement(text):
    assert top_plover(text) == "AGREE"


@pytest.mark.parametrize("text", [
    "Sudan warned it would take all measures necessary to defend its territory against the rebel militia.",
    "Tehran said Baku would pay a high price if it let Israel use its airspace for a strike.",
    "The rebel coalition gave government forces until Sunday to leave the provincial capital or become targets.",
    "Mali's junta accused Algeria of sheltering militants and warned that its forces would pursue them across the "
    "frontier if the raids did not stop.",
    "Greece said it would close its border with North Macedonia entirely if the arms smuggling carried on.",
    "Egypt's navy warned that any boat found carrying weapons to the Sudanese rebels would be seized.",
])
def test_warnings_of_force_or_penalty_are_threats(text):
    assert top_plover(text) == "THREATEN"


@pytest.mark.parametrize("text", [
    "The council said it would close the municipal swimming pools if the heatwave continued.",
    "Shoppers will pay a high price for coffee this winter as harvests fail.",
    "The chancellor said her country was ready to pay a heavy price to end its reliance on imported gas.",
    "The airline said any passenger found carrying a lighter would be refused boarding.",
    "The ministry said it would take all necessary steps to reform the pension system.",
])
def test_precautions_prices_and_rules_are_no_threats(text):
    assert not escalating(text)


@pytest.mark.parametrize("text", [
    "Ethiopia hosted a fresh round of talks between Sudan's army and a coalition of armed groups on Sunday.",
    "Joint commissions of Uzbekistan and Kyrgyzstan met in Osh for another round of border demarcation talks.",
])
def test_talks_hosted_or_held_by_named_bodies_are_found(text):
    assert one(text, "talks").status == "actual"


def test_what_talks_centred_on_is_their_topic_not_an_attack():
    text = "Talks between Ugandan and Congolese generals in Kampala centred on the fighting near Beni."
    assert not [s for s in signals(text) if s.type == "attack"]


def test_talks_between_leaders_named_by_a_plural_are_theirs():
    text = "Talks between the heads of state of the Sahel region in Niamey focused on the jihadist insurgency."
    assert top_plover(text) == "CONSULT"


def test_talks_between_club_or_company_chiefs_are_no_talks_of_parties():
    text = "Talks between the two clubs' chairmen centred on the transfer fee for the striker."
    assert not [s for s in signals(text) if s.type == "talks"]


@pytest.mark.parametrize("text, dyad, plover", [
    ("A call-up of 30,000 reservists ordered by Tehran on Sunday has unsettled Gulf capitals, diplomats said.",
     "IRN>", "MOBILIZE"),
    ("The deployment of two brigades ordered by Caracas near the Guyana border has drawn protests from Georgetown.",
     "VEN>", "MOBILIZE"),
])
def test_an_event_noun_is_authored_by_the_agent_of_its_participle(text, dyad, plover):
    best = max((s for s in signals(text) if s.plover), key=lambda s: s.confidence)
    assert best.plover == plover and f"{best.source.code}>".startswith(dyad), signals(text)


@pytest.mark.parametrize("text", [
    "The signing of a new goalkeeper announced by the club on Monday has lifted the mood among fans.",
    "The mobilisation of volunteers announced by the charity has helped hundreds of flood victims.",
])
def test_a_participle_on_an_everyday_noun_stays_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, source", [
    ("Boats owned by two Russian tycoons were impounded by Dutch customs under sanctions the EU adopted in March.",
     "EU"),
    ("Accounts of five Venezuelan officials were frozen by Spanish lenders on orders from Washington.", "USA"),
])
def test_a_measure_carried_out_under_a_states_measures_is_that_states(text, source):
    found = [s for s in signals(text) if s.type == "sanctions"]
    assert found and found[0].source.code == source, signals(text)


@pytest.mark.parametrize("text", [
    "Bonuses of the staff were frozen by the company under rules the board announced in January.",
    "Overtime pay was suspended by the hospital under a plan the director announced last week.",
])
def test_a_firms_measure_under_its_own_rules_stays_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Armenia suspended the transit fees it passes on to Georgia in retaliation for the closure of a border post.",
    "Algeria held back gas payments owed to Morocco to punish Rabat for its stance on Western Sahara, officials said.",
])
def test_withholding_money_to_punish_a_state_is_a_sanction(text):
    assert top_plover(text) == "SANCTION", signals(text)


@pytest.mark.parametrize("text", [
    "The landlord withheld the deposit to punish the tenant for the damage, the court heard.",
    "The ministry withheld payments to the contractor because of accounting errors.",
])
def test_withholding_money_without_a_state_or_a_coercive_aim_stays_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Canada disbursed a 500 million dollar tranche of its loan to Ukraine on Monday, the finance ministry said.",
    "The World Bank released a $400 million tranche of emergency financing to Lebanon after the war.",
])
def test_a_sum_before_a_light_noun_is_the_money_given(text):
    assert top_plover(text) == "AID", signals(text)


def test_a_tranche_paid_to_a_firm_stays_quiet():
    assert not signals("The lender paid a 40 million euro tranche of the mortgage to the builder on Friday.")


@pytest.mark.parametrize("text", [
    "Israeli troops bolstered defensive lines along the northern border with Lebanon, the army said.",
    "Kurdish fighters fortified their positions outside Raqqa on Tuesday, a spokesman for the militia said.",
])
def test_forces_reinforcing_the_ground_they_hold_build_up(text):
    assert top_plover(text) == "MOBILIZE", signals(text)


@pytest.mark.parametrize("text", [
    "The retailer strengthened its position in the German market with two acquisitions.",
    "Stewards reinforced the lines near the stadium gate before kick-off.",
])
def test_everyday_positions_strengthened_stay_quiet(text):
    assert not escalating(text), signals(text)


def test_a_sum_its_owners_hold_is_assets_a_state_freezes():
    text = ("Nearly $9 million held by two Nicaraguan judges was frozen by Panamanian banks under sanctions Washington "
            "imposed in May, officials said.")
    assert top_plover(text) == "SANCTION", signals(text)


def test_a_sum_frozen_by_a_court_at_home_stays_quiet():
    assert not escalating("About $2 million held by the former mayor was frozen by the court in a fraud case.")


@pytest.mark.parametrize("text", [
    "The Indonesian central bank froze the accounts of a money-transfer chain in Medan during an audit.",
    "Kenya's housing ministry suspended a property developer from selling new flats until it refunds buyers.",
    "Uruguay's livestock ministry suspended lamb exports from two slaughterhouses owned by a local firm after "
    "inspectors found hygiene breaches.",
])
def test_a_home_regulator_disciplining_a_home_firm_is_no_sanction(text):
    """classes.json `businesses`, `workplaces`: a firm with no other state named for it is the actor's own."""
    assert not escalating_of(text, "sanctions")


@pytest.mark.parametrize("text", [
    "Armenia's central bank froze the accounts of a Dubai-registered trading house owned by a Russian oligarch.",
    "Moldova's central bank suspended the licences of two Russian-owned lenders in Chisinau.",
    "Uzbekistan froze the accounts of a foreign-listed metals trader tied to Iran's Revolutionary Guards.",
])
def test_a_firm_named_for_another_state_still_bears_a_restriction(text):
    """Another state named in the firm's phrase, or a foreign mark, keeps the measure a sanction."""
    assert any(s.type == "sanctions" for s in escalating(text))


@pytest.mark.parametrize("text", [
    "Malta's planning authority revoked 15 permits for villas on the island of Gozo.",
    "The Portuguese government froze new licences for guesthouses in the town of Sintra.",
])
def test_a_name_after_a_place_noun_is_a_place_not_a_bearer(text):
    """classes.json `place_nouns`: `the island of X` names a place, however the tagger labels X."""
    assert not escalating_of(text, "sanctions")


@pytest.mark.parametrize("text", [
    "Town police closed the harbour promenade for the funeral of a famous fisherman, and the council banned drones over the church.",
    "The city administration banned drones above the old harbour during the carnival parade.",
])
def test_a_restriction_for_a_public_event_is_no_sanction(text):
    """classes.json `public_events`: roads closed and drones banned for a wedding, funeral or festival keep order."""
    assert not escalating_of(text, "sanctions")


@pytest.mark.parametrize("text", [
    "Russia banned imports of Moldovan wine during the festival season.",
    "Police banned drones over the parade after militants fired rockets at the city.",
])
def test_a_restriction_at_an_event_that_names_a_state_or_violence_keeps_its_reading(text):
    """Another state named, or violence in the sentence, leaves the measure to the other rules."""
    sigs = signals(text)
    assert any(s.type in {"sanctions", "attack"} for s in sigs)


@pytest.mark.parametrize("text", [
    "The carmaker's boss said the group would mount a counter-offensive against Korean competitors with a budget hatchback.",
    "The brewer's chairman said the group would launch an offensive against Belgian rivals with a new lager.",
])
def test_an_offensive_against_market_rivals_is_a_figure_of_speech(text):
    """classes.json `market_rivals`: a firm's rivals as the head of what is attacked, with no military word beside."""
    assert not escalating_of(text, "attack")


@pytest.mark.parametrize("text", [
    "Government troops launched an offensive against rival militias near the oil fields.",
    "Insurgents launched an assault on their rivals, killing nine fighters.",
])
def test_an_offensive_against_armed_rivals_stays_an_attack(text):
    """An armed head, a military word or casualties keep the attack."""
    assert any(s.type == "attack" for s in signals(text))


@pytest.mark.parametrize("text", [
    "Colombia's defence minister vowed that the guerrilla leaders behind the ambush would be tracked down and killed.",
    "The Sudanese army chief pledged to wipe out the paramilitary commanders who shelled El Fasher.",
])
def test_a_vow_of_violence_is_a_threat_not_an_agreement(text):
    assert top_plover(text) == "THREATEN"


def test_a_vow_to_hunt_down_goods_promises_nothing():
    assert top_plover("The baker vowed to track down the finest flour in Normandy for her new shop.") is None


@pytest.mark.parametrize("text", [
    "The Economic Community of West African States suspended Burkina Faso from its governing bodies at an "
    "extraordinary summit in Abuja.",
    "The African Union suspended Gabon from all its activities during a session of its Peace and Security Council.",
])
def test_a_measure_taken_at_a_summit_is_the_measure_not_talks(text):
    assert top_plover(text) == "SANCTION"


def test_a_club_suspending_a_player_at_a_board_meeting_stays_quiet():
    assert top_plover("The rugby club suspended its fly-half for three games at a board meeting on Tuesday.") is None


@pytest.mark.parametrize("text", [
    "A 21-year-old Danish conscript won the national table tennis title in Aarhus on a weekend pass.",
    "Three Estonian reservists who met at university have started a craft brewery in Tartu.",
])
def test_a_serving_person_doing_something_else_is_no_call_up(text):
    """classes.json `reserves` as the subject of a verb whose objects name nothing military: a person's own doings."""
    assert not escalating_of(text, "mobilization")


@pytest.mark.parametrize("text", [
    "Moldova called up 5,000 reservists after separatists blocked the river crossings.",
    "Armenian reservists rejoined their units as Azerbaijani troops massed on the border, the defence ministry said.",
])
def test_reservists_called_up_or_joining_their_units_stay_a_mobilization(text):
    """An object of a call-up verb, or a subject whose verb names a force, is a mobilization."""
    assert any(s.type == "mobilization" for s in signals(text))


@pytest.mark.parametrize("text", [
    "Ecuadorian police burned 60 illegal gold-mining rafts on the Napo river, the interior ministry said.",
    "Bolivian police dismantled 12 cocaine laboratories in the Chapare region, officials said.",
])
def test_police_destroying_illicit_goods_is_policing(text):
    """classes.json `disposing_acts` on `seized_goods` an illicit mark describes: policing of a trade at home."""
    assert not escalating_of(text, "attack")


@pytest.mark.parametrize("text", [
    "Soldiers and police destroyed two insurgent camps near the border, killing six militants.",
    "Rebels destroyed machinery at the state cement plant overnight.",
])
def test_forces_destroying_camps_or_unmarked_machines_stay_an_attack(text):
    """Camps are no goods, and machines with no mark of an illicit trade are no policing."""
    assert any(s.type == "attack" for s in signals(text))


@pytest.mark.parametrize("text", [
    "Shares in Hanwha Aerospace, which builds howitzers and rocket launchers, hit a record in Seoul on Monday.",
    "The yen struck a 34-year low against the dollar as traders bet on wider rate gaps.",
])
def test_a_figure_that_hits_a_level_is_no_strike(text):
    """classes.json `reached_levels` as the object, or an `economic_quantities` subject: a market report."""
    assert not escalating_of(text, "attack")


@pytest.mark.parametrize("text", [
    "China hit its growth target last year.",
    "Germany hit its climate targets in 2023.",
])
def test_a_state_reaching_its_own_target_is_no_strike(text):
    assert not escalating_of(text, "attack")


@pytest.mark.parametrize("text, dyad", [
    ("Russia struck targets across Ukraine overnight.", "RUS>UKR"),   # in another's ground
    ("Israel struck Hamas targets in Gaza overnight.", "ISR>HAMAS"),   # another party's
    ("Israel struck targets deep inside Lebanon.", "ISR>LBN"),
    ("Pakistan carried out air strikes inside Iran, killing nine people.", "PAK>IRN"),
])
def test_targets_a_state_strikes_in_another_party_s_ground_are_an_attack(text, dyad):
    assert one(text, "attack").dyad == dyad


def test_a_named_group_striking_a_craft_attacks_and_one_decrying_a_plan_does_not():
    assert one("The Houthis attacked a tanker in the Red Sea.", "attack").source.code == "HOUTHIS"
    assert not escalating_of("Hamas attacked the Israeli plan.", "attack")


def test_a_bombing_reaches_no_level():
    assert one("Israel bombed targets in Gaza.", "attack").source.code == "ISR"


@pytest.mark.parametrize("text", [
    "A Russian cruise missile hit a power station in the Lviv region overnight, the governor said.",
    "Houthi drones struck a tanker in the Red Sea, the British navy said.",
])
def test_a_missile_that_hits_a_site_stays_an_attack(text):
    """A weapon that hits a place is a strike."""
    assert any(s.type == "attack" for s in signals(text))


@pytest.mark.parametrize("text", [
    "The company's thermal drones are sold chiefly to farmers, hunters and wildlife photographers.",
    "Its body scanners, first made for airports, have been supplied to hospitals and clinics in Brazil.",
])
def test_goods_sold_to_civil_customers_are_no_arms_delivery(text):
    """classes.json `civil_customers` as every `to` party: a civil sale, whatever the goods."""
    assert not escalating_of(text, "arms_delivery")


@pytest.mark.parametrize("text", [
    "The firm's attack drones have been sold to the Polish army and to farmers in Ukraine.",
    "Israel sold loitering munitions to Azerbaijan's armed forces, officials in Baku said.",
])
def test_goods_sold_to_an_armed_service_stay_an_arms_delivery(text):
    """A list with a military party, or an armed service alone, keeps the delivery."""
    assert any(s.type == "arms_delivery" for s in signals(text))


@pytest.mark.parametrize("text", [
    # forces or a ship sent with relief goods and nothing armed: help, reported as aid
    "Greece sent a navy frigate with bottled water, tents and blankets to Crete after an earthquake.",
    "Japan sent 70 soldiers, with rescue dogs, to Turkey after the quake flattened apartment blocks.",
    "The Dutch navy sent a supply ship with drinking water and generators to Sint Maarten after a hurricane.",
])
def test_forces_sent_with_relief_cargo_are_aid_not_a_buildup(text):
    assert not escalating(text), signals(text)
    assert any(s.plover == "AID" for s in signals(text)), signals(text)


@pytest.mark.parametrize("text", [
    # a team of soldiers sent to perform or compete at a public event
    "Kazakhstan sent its army wrestling squad, most of them conscripts, to the Asian championships in Bishkek.",
    "China sent a team of army athletes to compete at a sports festival in Germany.",
    "Peru sent its military marching band, many of them army conscripts, to play at a folk festival in Bolivia.",
    "Peru sent its army judo team, most of them conscripts, to compete at a sports festival in Bolivia.",
    # a soldier's sporting act: a score, not a strike
    "The services XI won by two wickets, with a navy petty officer hitting the winning six.",
    "An air force sergeant hit a home run as the military all-stars beat the veterans 5-3.",
])
def test_soldiers_who_perform_compete_or_score_are_no_escalation(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    # armed cargo, a border or tension keeps a sending a buildup, whatever else goes with it
    ("Russia sent a navy landing ship with marines and armoured vehicles to the port of Tartus.", "troop_buildup"),
    ("Venezuela deployed soldiers with rifles and rations to the Guyana border after the referendum.",
     "troop_buildup"),
    ("India sent two army divisions to the border with China after the earthquake.", "troop_buildup"),
    ("The navy sent a destroyer to shadow the Chinese carrier as it sailed through the strait.", "troop_buildup"),
    # a strike on an armed target stays an attack
    ("Navy gunboats hit a rebel supply boat off the coast, killing five fighters.", "attack"),
])
def test_armed_sendings_and_strikes_keep_their_signal(text, kind):
    assert any(s.type == kind for s in escalating(text)), signals(text)


@pytest.mark.parametrize("text", [
    # an alert or emergency raised by a civil agency, or over a fire, flood, storm or eruption
    "Portugal's weather institute put the districts of Faro and Beja on red alert as a heatwave pushed thermometers "
    "past 44C.",
    "Indonesia's volcano agency raised the alert level at Mount Lewotobi after lava spilled down its flanks.",
    "Argentina declared a national emergency in Corrientes as bushfires burned through the Ibera wetlands.",
    "Hungary declared a state of emergency over the drought and released water from its reservoirs.",
    "Romania's meteorological administration issued a red alert for floods along the Siret river, and local "
    "councils mobilised boats and sandbags.",
    # volunteers mobilised for a tournament or festival at home
    "Qatar's culture ministry mobilised 8,000 volunteers to staff fan parks and shuttle buses for the Arab Cup.",
])
def test_civil_alerts_and_volunteers_for_events_are_no_buildup(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    # a threat to give up one's own post, a warning to the public, a thing that puts something at risk
    "Ireland's housing minister threatened to step down if the coalition scrapped the rent-freeze bill.",
    "Police in Dublin warned concertgoers about counterfeit tickets circulating on social media.",
    "Police in Lima launched an awareness drive, warning that fraudsters had emptied hundreds of pension accounts.",
    "Lower river levels could threaten barge traffic on the Rhine this autumn, shippers said.",
    # a union's planned walkout, a cargo that left port under a trade deal
    "Nurses at two Madrid hospitals called off plans for a walkout after the region agreed to hire more staff.",
    "The first container of Peruvian blueberries left Callao for Seoul under a new phytosanitary protocol between "
    "the two countries.",
])
def test_everyday_threats_walkouts_and_departures_are_no_escalation(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    # forces on a war footing, a political emergency, martial law, a warning or threat to a state
    ("Azerbaijan raised the combat readiness of its troops along the line of contact after the shelling.",
     "troop_buildup"),
    ("The Philippines put its navy on high alert as Chinese coast guard ships swarmed the shoal.", "troop_buildup"),
    ("Georgia declared a state of emergency after Russian troops moved the border markers overnight.",
     "mobilization"),
    ("Moldova declared martial law as Russian forces massed on the Transnistrian border.", "mobilization"),
    ("Belarus threatened to retaliate against Poland if Warsaw closed the last border crossing.", "threat"),
    ("Latvia expelled a Russian diplomat and recalled its ambassador from Moscow.", "diplomatic_rupture"),
])
def test_war_footing_and_threats_to_states_keep_their_signal(text, kind):
    assert any(s.type == kind for s in escalating(text)), signals(text)


@pytest.mark.parametrize("text", [
    "The singer, a one-time reservist in the Israeli army, said her new album was about love.",
    "Her grandfather served as a conscript in the Soviet army in the 1950s, the novelist wrote in her memoir.",
])
def test_one_persons_past_service_is_no_call_up(text):
    assert not escalating(text), signals(text)


def test_a_call_up_of_reservists_stays_a_mobilisation():
    assert any(s.type == "mobilization" for s in escalating(
        "Armenia called up several thousand reservists after Azerbaijani troops crossed the border."))


@pytest.mark.parametrize("text", [
    # order kept at a peaceful public event, whatever kit the police bring and whichever force helps them
    "Police used drones and mounted officers to watch the crowds, deploying both along the carnival route.",
    "Thousands of worshippers bathed in the river at dawn, with police deploying drones and rescue boats.",
    "The army deployed 2,000 soldiers to secure the inauguration, alongside the city police.",
    "Spain mobilised 4,000 guardia civil officers and soldiers for the papal mass in Madrid, with helicopters "
    "watching the pilgrims.",
])
def test_forces_keeping_order_at_public_events_are_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    # a weapon word that only grades a commodity names no weapon; goods come from a mine, no mine is sent
    "The Kuwaiti refiner started shipping jet fuel to Rotterdam this week.",
    "India exported jet fuel and diesel to East Africa in record volumes last quarter.",
    "Zambia's state miner delivered more copper from its mines to Chinese smelters.",
])
def test_commodities_traded_are_no_arms_delivery(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    # a public event beside conflict, a foreign target or weapons named beyond the deployment keep the signal
    ("Police deployed drones over the festival after gunmen attacked a checkpoint nearby.", "troop_buildup"),
    # riot gear readied at an event is for a clash, no stewarding
    ("Turkey deployed police officers and water cannon around the stadium in Istanbul as crowds of fans gathered "
     "before the derby.", "troop_buildup"),
    ("China deployed warships around Taiwan ahead of the summit in Taipei.", "troop_buildup"),
    ("Serbia deployed soldiers to the Kosovo boundary during the Orthodox Christmas celebrations.", "troop_buildup"),
    # jets and fuel for a belligerent's forces stay deliveries
    ("The Netherlands delivered fighter jets and jet fuel to Ukraine's air force.", "arms_delivery"),
    ("Belarus supplied diesel and jet fuel to the Russian army during its offensive.", "arms_delivery"),
    ("Iran shipped drones and missile parts from its factories to Russia.", "arms_delivery"),
])
def test_deployments_beside_events_and_arms_beside_fuel_keep_their_signal(text, kind):
    assert any(s.type == kind for s in escalating(text)), signals(text)


@pytest.mark.parametrize("text, source", [
    # a response promised in a reported clause whose subject is no party: the speaker threatens
    ("Basing long-range bombers at Andoya would invite countermeasures, Russia's embassy told Oslo.", "RUS"),
    ("Opening a liaison office in Vilnius would bring countermeasures, China's foreign ministry said.", "CHN"),
    # a penalty for an act named by a gerund, said by another party
    ("Beijing said the Australian navy would bear the consequences of sailing through the strait.", "CHN"),
    ("Moscow warned that Helsinki would face the consequences of letting American bombers use its bases.", "RUS"),
    # an act answered by armed forces, told as to come
    ("Any Lithuanian attempt to stop the transit trains would be met by Russian troops, a Russian senator said.",
     "RUS"),
    # a named response of the Russian kind
    ("Minsk said it would take military-technical measures if Warsaw deployed the new missiles.", "BLR"),
])
def test_responses_promised_against_another_partys_act_are_threats(text, source):
    found = [s for s in signals(text) if s.plover == "THREATEN"]
    assert found and any(s.source is not None and s.source.code == source for s in found), signals(text)


@pytest.mark.parametrize("text", [
    "The coach said his side would bear the consequences of a sluggish start to the season.",
    "The minister said dairy farmers would face the consequences of losing the export subsidy.",
    "Higher rates would invite a slowdown in lending, the central bank said.",
    "The visiting delegation was met by soldiers at the airport, the ministry said.",
    "Spectators arriving at the final will be met by police officers, the federation said.",
])
def test_costs_foreseen_and_greetings_are_no_threats(text):
    assert not any(s.plover == "THREATEN" for s in signals(text)), signals(text)


@pytest.mark.parametrize("text, kind", [
    # a restriction undone by removing a party from a curbs list, a single held person sent back
    ("Seoul dropped Japan from its export curbs list for hydrogen fluoride, ending a three-year row.", "agreement"),
    ("Myanmar sent back a Bangladeshi fisherman whose trawler had strayed into its waters.", "agreement"),
    # an envoy let back by the state that had sent him away
    ("Niger allowed the Beninese ambassador to return to Niamey after months of border tension.", "agreement"),
    # a call-up the state's own ministry reports
    ("Hundreds of reservists in the northern provinces have received call-up papers, Armenia's defence ministry said.",
     "mobilization"),
])
def test_undoings_and_call_ups_told_with_other_words(text, kind):
    assert any(s.type == kind for s in signals(text)), signals(text)


@pytest.mark.parametrize("text", [
    "The retailer dropped two brands from its list of partners after the audit.",
    "The studio sent back a fisherman's boat that had been used as a film prop.",
    "The hotel allowed the ambassador to return to his suite after the fire drill.",
    "The hospital said dozens of nurses had received call-up papers for the flu vaccination drive.",
])
def test_business_removals_and_civil_call_ups_stay_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    "Thailand's food agency blocked imports of a Korean brand of fish sauce after laboratory tests found a banned "
    "preservative.",
    "Chile stopped pork imports from two Argentine farms after classical swine fever was detected near the border.",
    "Morocco suspended citrus shipments from one packing house following the discovery of fruit flies in a cargo.",
    "The provincial water authority froze new drilling permits in the valley to protect its shrinking groundwater.",
    "Amsterdam imposed a freeze on new holiday rental licences in the canal district.",
    "The youth and sports ministry suspended its grant to the national cycling federation until it files audited "
    "accounts.",
])
def test_health_safety_and_housing_rules_are_no_sanction(text):
    assert not escalating_of(text, "sanctions"), escalating(text)


@pytest.mark.parametrize("text", [
    "Beijing banned imports of Taiwanese pineapples to punish Taipei for its ties with Washington.",
    "Moscow barred imports of Georgian mineral water, citing quality concerns, as relations with Tbilisi soured.",
    "Canada froze the assets of nine Iranian officials over the crackdown on protesters.",
    "Saudi Arabia halted Lebanese fruit imports over alleged pest findings, a move Beirut linked to a diplomatic "
    "row.",
])
def test_political_trade_bans_and_freezes_stay_sanctions(text):
    assert one(text, "sanctions").escalates


@pytest.mark.parametrize("text", [
    "Brazilian surfers completed an invasion of the Pipeline Masters final, filling all four places.",
    "The chess prodigy fell for a well-prepared opening ambush from a veteran rival in Reykjavik.",
    "Egypt's tourism ministry launched a charm offensive in European capitals to win back visitors.",
    "An invasion of red fire ants across Queensland has prompted Australia to fund a new eradication drive.",
    "The Swedish studio said its level editor had set off an invasion of fan-made castles on its servers.",
])
def test_figurative_invasions_ambushes_and_offensives_are_no_attack(text):
    assert not escalating_of(text, "attack"), escalating(text)


@pytest.mark.parametrize("text", [
    "Ethiopian troops launched an offensive against rebel positions in Amhara on Sunday.",
    "Insurgents ambushed a supply convoy near Kidal, killing six soldiers.",
    "Putin's invasion of Ukraine has driven millions from their homes.",
    "Remnants of al-Shabaab ambushed a Kenyan army patrol near Mandera on Tuesday, killing four soldiers.",
])
def test_invasions_ambushes_and_offensives_by_armed_parties_stay_attacks(text):
    assert one(text, "attack").escalates


@pytest.mark.parametrize("text", [
    # police at a peaceful event: a unit made of drones, gear kept beside them, devices countered or kept out
    "Police in Krakow put a squadron of drones and 900 officers on duty for the Corpus Christi procession.",
    "Traffic police deployed 3,000 officers along the carnival route, with checkpoints to catch drunk drivers.",
    "Police in Madrid deployed 4,000 officers around the Bernabéu for the cup final, with water cannon kept on "
    "standby two streets away.",
    "Police deployed marksmen and anti-drone teams around the cathedral for the papal mass.",
    "Croatia put 3,000 police on duty for the pope's visit to Zagreb and closed the airspace over the city to "
    "drones.",
])
def test_police_at_public_events_with_their_kit_are_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text", [
    # civil brigades, relief kit and animals tracked: help or conservation, no force or arms
    "Mexico's health ministry sent a 30-member medical brigade to Haiti after the hurricane.",
    "Bolivia's mining authority sent rescue brigades to a flooded tin mine near Potosí.",
    "The Danish relief agency sent eight water engineers and pumping equipment to Mozambique after the cyclone.",
    "Rwanda deploys drones to monitor gorillas in the Virunga massif.",
    # goods carried in their own containers: the container is no weapon
    "Peru shipped 12,000 tonnes of scallops in their shells to France, the export board said.",
])
def test_relief_brigades_wildlife_and_shellfish_are_quiet(text):
    assert not escalating(text), signals(text)


@pytest.mark.parametrize("text, kind", [
    # the same words with a border, a foreign force, unrest or real munitions keep their signal
    ("Russia put a squadron of drones and 3,000 troops on alert at the border ahead of the festival.",
     "troop_buildup"),
    ("Police deployed officers and water cannon around parliament as protesters gathered.", "troop_buildup"),
    ("Iran sent a brigade of Revolutionary Guards to Syria after the earthquake.", "troop_buildup"),
    ("Belarus shipped artillery shells in sealed containers to Russia.", "arms_delivery"),
    # an amount whose `in` names the goods: the goods are what is sent
    ("Tehran sent tens of millions of dollars in attack drones to Moscow.", "arms_delivery"),
    ("Poland shipped 500 tonnes in artillery ammunition to Kyiv.", "arms_delivery"),
    ("The army deployed drones to track rebel fighters in the hills.", "troop_buildup"),
])
def test_forces_and_arms_beside_events_or_relief_keep_their_signal(text, kind):
    assert any(s.type == kind for s in escalating(text)), signals(text)


@pytest.mark.parametrize("text", [
    "GST department raids 15 Pune car dealers over fake invoices",
    "Income tax department raids 12 Jaipur builders over undeclared income",
    "Financial crimes unit raids Karachi money changers in currency crackdown",
])
def test_headline_raids_on_traders_at_home_are_no_attack(text):
    """A headline names the trader for the shop it raids (classes.json `traders` with `home_holdings`)."""
    assert not escalating_of(text, "attack"), escalating(text)


def test_a_raid_on_traders_abroad_by_forces_stays_an_attack():
    text = "Israeli forces raided the offices of money changers in Ramallah accused of funding Hamas."
    assert one(text, "attack").escalates


@pytest.mark.parametrize("text", [
    "Border police seize 2,000 counterfeit Barbie dolls near Calais",
    "Border guards seize smuggled iPhones at Kazakh crossing",
    "Customs confiscates counterfeit Rolex replicas at Dubai airport",
])
def test_headline_seizures_of_goods_marked_illicit_are_no_attack(text):
    """Whatever the wares are called, an `illicit_modifiers` word makes them goods a seizure polices."""
    assert not escalating_of(text, "attack"), escalating(text)


@pytest.mark.parametrize("text", [
    "Rebels seize fake army trucks and kill three villagers near Beni",
    "Venezuelan troops seize an illegal airstrip used by Colombian guerrillas",
])
def test_seizures_by_armed_parties_that_strike_people_or_places_stay_attacks(text):
    assert one(text, "attack").escalates


@pytest.mark.parametrize("text", [
    "Armyworm invasion threatens Malawi maize, agriculture ministry warns",
    "Bark beetle invasion endangers Czech forests, WWF warns",
    "Weather service warns storm will batter coastal towns",
])
def test_warnings_about_nature_are_advice_not_threats(text):
    assert not escalating_of(text, "threat"), escalating(text)


@pytest.mark.parametrize("text", [
    "North Korea warns of 'merciless' strikes as floods swamp border towns",
    "Russia warns Finland of 'consequences' as wildfires burn near the border",
])
def test_a_states_warning_beside_a_hazard_stays_a_threat(text):
    assert one(text, "threat").escalates


@pytest.mark.parametrize("text", [
    "Kenya's invasion of the marathon podium was complete as its runners won in Berlin.",
    "A relentless French offensive after half-time brought two tries, and France won 27-10.",
    "Norwegian invasion of the biathlon podium thrills Holmenkollen crowd",
])
def test_a_nations_invasion_or_offensive_in_sport_is_its_teams(text):
    assert not escalating_of(text, "attack"), escalating(text)


def test_a_nations_offensive_that_kills_stays_an_attack_in_a_sport_sentence():
    text = "A Russian offensive on Avdiivka killed nine soldiers as Ukraine's team won a football match in Kyiv."
    assert one(text, "attack").escalates


@pytest.mark.parametrize("text, source", [
    # force promised on whoever comes: the `any` stands for the condition
    ("Greece's navy said it would intercept and seize any Turkish survey ship that entered the disputed shelf.", "GRC"),
    ("Somali pirates warned that any warship approaching the captured freighter would be fired on.", None),
    # an answer promised to any hostile act
    ("Hungary said it would retaliate against any new sanctions on its banks by Brussels.", "HUN"),
])
def test_force_promised_on_any_comer_is_a_threat(text, source):
    found = [s for s in signals(text) if s.plover == "THREATEN"]
    assert found and (source is None or any(s.source is not None and s.source.code == source for s in found)), \
        signals(text)


@pytest.mark.parametrize("text", [
    "The bank said it would refund any customer charged twice by the glitch.",
    "Customs officers said they would destroy any fake handbags seized at the airport.",
    "The ministry said it would respond to any letters from parents before the term starts.",
    "The harbour master said he would inspect any yacht moored past midnight.",
])
def test_any_without_force_or_hostile_act_is_no_threat(text):
    assert not any(s.plover == "THREATEN" for s in signals(text)), signals(text)


@pytest.mark.parametrize("text", [
    "Uganda shut its Katuna border post to lorries from Rwanda after a dispute over smuggled fuel.",
    "Georgia closed two frontier posts to Russian-registered trucks, the finance ministry said.",
])
def test_one_border_post_closed_to_another_states_traffic_is_a_sanction(text):
    assert any(s.plover == "SANCTION" for s in signals(text)), signals(text)


@pytest.mark.parametrize("text", [
    "Flooding shut the border post to all traffic for a day, the roads authority said.",
    "The customs post was closed to travellers on Sunday for a staff training day.",
])
def test_a_border_post_shut_for_weather_or_routine_is_no_sanction(text):
    assert not any(s.plover == "SANCTION" for s in signals(text)), signals(text)


@pytest.mark.parametrize("text", [
    "Kenya froze its security cooperation agreement with Somalia, the foreign ministry said.",
    "Russia suspended the arms control treaty with Washington on Tuesday.",
])
def test_a_pact_frozen_or_suspended_is_a_downgrade_not_an_accord(text):
    plovers = [s.plover for s in signals(text)]
    assert "SANCTION" in plovers and "AGREE" not in plovers, signals(text)


def test_prices_frozen_beside_a_pact_signed_are_no_downgrade():
    assert "SANCTION" not in {s.plover for s in signals(
        "Chile and Peru signed a fishing accord and froze licence fees for two seasons.")}


@pytest.mark.parametrize("text", [
    # a weak trigger word on the promised verb gives way to the threat
    "Ankara would bar Swedish firms from defence tenders if Stockholm let the rally go ahead, a Turkish envoy said.",
    # the condition hangs on the second of two promised acts; the first one's auxiliary makes the promise
    "Mali's junta said it would expropriate the gold mine and arrest its directors unless the Canadian firm paid "
    "the back taxes.",
    # an act marked `any` stands where a condition would
    "Seoul's defence minister said Pyongyang would pay dearly for any new drone incursion across the border.",
    # a party's own threat noun over the act it names
    "Venezuela's threat to annex the Essequibo region drew a warning from Brasilia on Monday.",
    "Azerbaijan's threat to launch a new offensive against Armenian positions alarmed Paris.",
    # the act an ultimatum demands is not done: the penalty is the event
    "The Houthis gave the government garrison in Marib two days to withdraw its troops or be crushed.",
    "The Houthis told the Saudi-backed brigade to withdraw its troops from Marib or be crushed.",
    "The militia gave the villagers until Friday to hand over their rifles or face attack.",
    "The Taliban gave Pakistani border guards a week to pull out of the disputed post or be driven out by force.",
    # (a threat verb's own act is no demand: the warning is the threat)
    "The Indian navy warned Chinese trawlers to leave the waters near the Andaman Islands or face firm measures.",
    # a refusal the condition supposes has not happened
    "Al Shabaab said its fighters would attack the base if the government refused the prisoner swap.",
    "The Houthis warned that they would strike Saudi oil fields if Riyadh rejected the peace plan.",
    # a refusal told aside about a party does not outrank what the party is told
    "Belgrade, which has refused to join the sanctions against Moscow, was told by Brussels that its accession talks "
    "would be suspended unless it changed course.",
    # a condition the parser hung on a word of the promise's phrase
    'Rwanda\'s president said Kigali would send soldiers across the border into Congo "at dawn, without warning" if '
    "the militias were not disarmed.",
    # what a coercive act would stop is no offer
    "Uzbekistan threatened to cut the water releases from its reservoir to Tajik cotton farms unless Dushanbe lifted "
    "the transit levy.",
    # penalties a party is told it will suffer
    "Ankara said Athens would bear full responsibility if Greek jets entered Turkish airspace again.",
    "Hezbollah said Israel would receive a crushing blow if it struck Beirut.",
    # a force term over the same words as an everyday one (`would respond`)
    "Baku would respond militarily to the deployment of French troops in Armenia, a spokesman told reporters, saying "
    "Paris was violating the treaties that bound it.",
    # a measure to review or reconsider support on another party's act
    "The European Union will reconsider its budget support to Chad if the junta delays the vote again.",
    # a promise parsed under its inverted condition
    "Retaliation has been promised by Baghdad should Turkish troops cross the Tigris.",
    # force promised on anything that comes
    "Serbian police would forcibly remove any barricades Kosovo Serbs put up on the roads, Belgrade said.",
    # consent to another thing than the measure, or after `unless`, is what the threat waits on
    "Russia will deploy missiles to Belarus if NATO approves Finland's membership.",
    "China will send warships to the strait if Taipei approves the arms purchase.",
    "Washington would send troops to Kosovo unless Belgrade requested them to stay away.",
    "Any aircraft that crosses into our airspace will be shot down, the Venezuelan defence minister said.",
])
def test_a_measure_or_force_promised_on_another_partys_act_is_a_threat(text):
    assert top_plover(text) == "THREATEN", signals(text)


@pytest.mark.parametrize("text", [
    "The central bank will cut rates if inflation falls below two percent, the governor said.",
    "The club will sell its striker unless he signs a new deal before the summer.",
    "The league said the side would pay a heavy price for any repeat of the crowd trouble.",
    "The union's threat to close the factory gates drew criticism from the owners.",
    "The threat of a wider war hangs over the region, analysts said.",
    "The bank said it would review its lending rates if inflation rose above target.",
    "The club will reconsider the coach's contract if results do not improve.",
    "The insurer said the owner would bear responsibility if the ship sank.",
    "The team received a heavy blow when its captain was injured.",
    "The coach told his players to train harder or be dropped from the squad.",
])
def test_a_promise_no_state_makes_or_a_danger_feared_is_no_threat(text):
    assert top_plover(text) != "THREATEN", signals(text)


@pytest.mark.parametrize("text, kind", [
    # a campaign verb the lemmatizer misreads (`staged` as `stag`) still names who invades
    ("Mexican bakers staged a sugary invasion of Madrid as three pan dulce shops opened near the Prado.", None),
    # a work tells the story its narrating verb takes
    ("The new novel follows a Somali interpreter who keeps translating as mortars fall on the port of Mogadishu.",
     None),
    # pests: a `whose` invasion, swarms taken up from the pests named before, a war waged on a nuisance at a place
    ("Malawi's farm ministry launched a drive to fight the fall armyworm, a moth whose invasion of maize fields cuts "
     "yields.", None),
    ("Desert locusts reached the Afar lowlands this week, officials said. Aircraft were used to target swarms along "
     "the Awash river.", None),
    ("Hawaii's wildlife agency declared war on feral pigs on the island of Maui, hiring hunters to cull them.", None),
    # force words of a firm, a troupe, vendors
    ("A Nairobi consultancy said it would deploy an army of 2,000 data analysts for banking clients.", None),
    ("The Peking Opera Company sent two troops of young singers on a tour of Yunnan villages.", None),
    ("Bolivia's army of market vendors invaded the main square in La Paz as the carnival began.", None),
    # a firm's craft
    ("Brazilian airline LATAM said it would deploy its new Boeing 787s on the Sao Paulo-Lisbon route.", None),
    # a curfew on things, a fine threatened, licences suspended after an accident
    ("Malta's Valletta imposed a curfew on delivery scooters in the old city.", None),
    ("Thailand's consumer agency ordered an online shop to withdraw 3,000 fake face creams within 72 hours or face a "
     "fine.", None),
    ("A boiler explosion at a textile mill near Faisalabad killed six workers, and the labour department suspended "
     "the licences of 18 units pending inspections.", None),
    ("A bus crash killed 14 pilgrims, and Nepal's transport ministry suspended the permits of 30 bus operators.",
     None),
    # relief at home
    ("Portugal's army engineering regiment was sent to the Algarve after flash floods, bringing pumps and "
     "bulldozers.", None),
    # a civil loan, a boycott by bar owners or chains, a sanction accepted, marketing, policing
    ("Kenya's air force lent a helicopter to ecologists counting elephants in Tsavo.", None),
    ("The brewer said a boycott by Flemish bar owners over its price rises had cut sales at home.", None),
    ("The brewer said a boycott by Swedish supermarket chains over its prices had cut its sales.", None),
    ("World Athletics banned Kenya's relay team for a year. Kenya's sports ministry said it accepted the "
     "sanction.", None),
    ("A Japanese brewer said it would target young drinkers in Vietnam with a cheaper lager.", None),
    ("India's Central Bureau of Investigation raided 40 offices of a chit fund accused of defrauding savers.", None),
    # a failed launch, a ransomware attack on a firm
    ("A test rocket built by a Chinese start-up exploded seconds after lift-off from the Gobi desert.", None),
    ("A ransomware attack forced a Belgian pharmacy chain to close its webshop for two days.", None),
    # a team's play
    ("The Indian bombardment continued after tea at Eden Gardens, with the openers taking 120 off 20 overs.", None),
    ("Kenya's relay squad fired out of the blocks in Eugene and set a season's best.", None),
    ("The Welsh 'red army' invaded Rome for the Six Nations match, and bars near the Colosseum ran dry.", None),
    ("Brazil beat Argentina 2-1 in Rio on Sunday. Brazil laid siege to the Argentine line in the first half.", None),
    # the same words in their conflict sense
    ("Chechen fighters staged an invasion of Dagestan in August 1999.", "attack"),
    ("The film was banned in Russia after Moscow invaded Ukraine.", "attack"),
    ("Pakistan's army launched a campaign to fight Baloch separatists near the Afghan border.", "attack"),
    ("Israel declared war on Hamas on Saturday after the attack on southern Israel.", "threat"),
    ("Moscow deployed an army of 30,000 troops along its border with Finland.", "troop_buildup"),
    ("Russia's 6th Army was sent to the Finnish border after floods hit Karelia.", "troop_buildup"),
    ("Belarus's army was deployed to the Polish border after a storm damaged the fence, bringing tanks and armoured "
     "vehicles.", "troop_buildup"),
    ("Turkey imposed a curfew on Kurdish towns in the southeast after clashes with the PKK.", "mobilization"),
    ("Peru declared a state of siege in two provinces on Monday after protesters clashed with soldiers.",
     "mobilization"),
    ("ECOWAS ordered the junta to restore civilian rule within six months or face sanctions.", "sanctions"),
    ("Israel lent air-defence batteries to Ukrainian forces.", "arms_delivery"),
    ("A Russian missile exploded in Kyiv hours after the launch of Ukraine's counteroffensive, wounding nine.",
     "attack"),
    ("A ransomware attack forced Ireland's health service to shut down its IT systems for weeks.", "cyberattack"),
])
def test_a_word_of_force_escalates_only_in_its_conflict_sense(text, kind):
    """An everyday sense (kind None) raises no alarm; the conflict sense keeps its escalation of that kind."""
    kinds = {s.type for s in escalating(text)}
    assert kind in kinds if kind else not kinds, signals(text)


@pytest.mark.parametrize("text, kind", [
    # classes.json `field_nouns`: a trigger noun that modifies officials or a seminar names their field
    ("Export control officials from Japan and South Korea will meet in Seoul next month.", "sanctions"),
    ("Sanctions compliance officers from twelve banks will gather in Vilnius next week.", "sanctions"),
    ("The Baltic Export Control Seminar will be held in Riga from 3 to 5 June.", "sanctions"),
    ("An arms fair opened in Abu Dhabi on Monday with exhibitors from forty countries.", "arms_delivery"),
    # notices.json `rule_bodies`: the body of law a measure word names
    ("The note explains how control is assessed under Australian sanctions law.", "sanctions"),
    # a permit refused for no trade is no export control
    ("The city council refused a building permit for a Chinese-owned shopping centre after residents objected.",
     "sanctions"),
    ("The regulator refused a broadcasting licence to a Russian-owned channel over unpaid fees.", "sanctions"),
    ("The ministry refused the permit, the developer said on Tuesday.", "sanctions"),
    # classes.json `ruling_power`: a coup changes who governs; the measures that answer it are the events
    ("Soldiers seized power in Bissau on Wednesday and dissolved parliament.", "attack"),
    ("Today marks three years since the army seized power in Niamey.", "attack"),
])
def test_a_field_a_body_of_law_a_permit_or_a_coup_is_no_escalation(text, kind):
    assert not escalating_of(text, kind), signals(text)


@pytest.mark.parametrize("text, kind", [
    ("Export control officials said Japan added 14 Chinese companies to its end-user list on Friday.", "sanctions"),
    ("Mali's junta began enforcing a new conscription law on Monday, ordering 8,000 young men to report to barracks.",
     "mobilization"),
    ("Rebels seized control of the airport after heavy fighting.", "attack"),
    ("Jihadists seized the town of Kidal from the army on Tuesday.", "attack"),
])
def test_the_measure_officials_report_one_law_or_a_place_seized_stays_an_escalation(text, kind):
    assert escalating_of(text, kind), signals(text)


@pytest.mark.parametrize("text, plover", [
    # a headline's comma stands for `and` between the parties
    ("Ruto, Museveni hold talks on border dispute in Kampala", "CONSULT"),
    ("Serbia, Kosovo negotiators meet in Brussels as EU mediates", "CONSULT"),
    # a prefix of mutuality names both sides of the talks
    ("Seoul proposed holding inter-Korean talks at the truce village of Panmunjom.", "AGREE"),
    # the party invited to talks is the counterpart
    ("Thailand invited Cambodia to resume border negotiations, the foreign ministry said.", "AGREE"),
    ("The Sudanese army invited the RSF to return to the negotiating table, a spokesman said.", "AGREE"),
    # verbs of signing, and a part of an accord approved
    ("Egypt and Sudan inked a military cooperation agreement in Cairo on Tuesday.", "AGREE"),
    ("Armenia and Azerbaijan hammered out a compromise on border demarcation in Almaty.", "AGREE"),
    ("The Malian junta and Tuareg rebels put their names to a charter of principles in Algiers.", "AGREE"),
    ("Chad's cabinet approved the second phase of the peace agreement with the rebels.", "AGREE"),
    # fighters who surrender, a leader who steps down, a guard handed back
    ("Some 40 al-Shabaab fighters surrendered to Somali forces in Hiraan region, state media reported.", "YIELD"),
    ("About 200 ADF rebels laid down their weapons in Ituri province, the army said.", "YIELD"),
    ("Peru's prime minister resigned on Sunday amid weeks of violent anti-government protests.", "YIELD"),
    ("The Georgian interior minister stepped down after days of mass demonstrations in Tbilisi.", "YIELD"),
    ("Indian troops handed over a Pakistan Rangers constable who had crossed the border by mistake.", "YIELD"),
    # conscription brought back; drills around a state; munitions that rain on a place
    ("Estonia's parliament voted to extend compulsory military service to twelve months.", "MOBILIZE"),
    ("Sweden reintroduced compulsory military service in response to Russia's war in Ukraine.", "MOBILIZE"),
    ("China launches 'Joint Sword' drills around Taiwan", "MOBILIZE"),
    ("Russian shells rain on Kherson suburbs, governor says", "ASSAULT"),
    # hackers who break into servers attack them; no envoy is expelled
    ("North Korean hackers broke into the servers of a South Korean defence agency and stole blueprints.", "ASSAULT"),
])
def test_headline_grammar_and_other_words_for_talks_deals_and_yielding(text, plover):
    assert top_plover(text) == plover, signals(text)


@pytest.mark.parametrize("text", [
    "Apple, Google hold talks on AI standards",
    "Microsoft, OpenAI hold first meeting on sidelines of Davos forum",
    "The two companies inked a licensing deal worth $2 billion.",
    "The cabinet approved the first phase of the new metro line.",
    "The coach resigned after the heavy defeat.",
    "The chief executive stepped down after the merger collapsed.",
    "The visitors surrendered a two-goal lead in the second half.",
    "The singer completed his compulsory military service last year.",
    "Parliament voted to reintroduce compulsory voting in local elections.",
    "An inter-agency meeting was held in Washington on Monday.",
    "Workers conducted fire drills around the building.",
    "Confetti rained on the crowd as the team paraded the trophy.",
    "Burglars broke into the offices of the aid agency and stole laptops.",
    "The board proposed resuming dividend payments next quarter.",
])
def test_everyday_lookalikes_of_those_words_are_no_signal(text):
    assert top_plover(text) is None, signals(text)


def test_a_minister_who_threatens_to_resign_makes_no_signal():
    assert not signals("The finance minister threatened to resign if the budget is cut.")


@pytest.mark.parametrize("text, kind", [
    ("The rebels threatened to storm the capital unless the army withdrew its troops from the north.", "agreement"),
    ("The Houthis will face 'severe force' unless they hand over their missiles to the government, a Saudi general "
     "said.", "arms_delivery"),
])
def test_an_act_demanded_as_a_condition_is_no_event(text, kind):
    assert kind not in {s.type for s in signals(text)}, signals(text)


@pytest.mark.parametrize("text, plover", [
    # a result participle of a past act is done, whatever the verb can mean (`set` a date)
    ("Gunmen set fire to a police post near the border overnight, killing three officers.", "ASSAULT"),
    # a threat noun naming why an act was done is no threat (the ban names no party here)
    ("A ban on Afghan fruit trucks entering Pakistan through the Torkham crossing came into force on Friday, the "
     "Pakistani commerce ministry said, in retaliation for new Afghan transit fees.", None),
    # forces promised on the host's or the UN's consent are an offer of help
    ("Rwanda would send troops to Mozambique if Maputo asked for help.", "AGREE"),
    ("Kenya will send police officers to Haiti if the Security Council approves the mission.", "AGREE"),
])
def test_what_only_looks_like_a_threat_is_coded_as_what_it_is(text, plover):
    assert top_plover(text) == plover, signals(text)


@pytest.mark.parametrize("text, kind, source, target", [
    # a quantity or collective head counts its `of` phrase: the doer, the weapon or the party acted on is that phrase
    ("Dozens of Houthi drones targeted commercial ships in the Red Sea, the US military said.", "attack", "HOUTHIS",
     None),
    ("Waves of Russian drones targeted the Ukrainian capital overnight.", "attack", "RUS", "UKR"),
    ("Hundreds of Russian missiles struck Ukrainian power plants overnight.", "attack", "RUS", "UKR"),
    ("Dozens of Taliban fighters attacked a Pakistani border post overnight.", "attack", "TALIBAN", "PAK"),
    ("The Ukrainian village was targeted by dozens of Russian drones overnight.", "attack", "RUS", "UKR"),
    ("A number of Iranian diplomats were expelled by Germany after the plot was uncovered.", "diplomatic_rupture",
     "DEU", "IRN"),
    ("Britain expelled a number of Russian diplomats on Thursday.", "diplomatic_rupture", "GBR", "RUS"),
    ("Hundreds of Russian troops were deployed to the border with Finland.", "troop_buildup", "RUS", "FIN"),
    # the participle that names who fired a counted weapon may hang on the count
    ("Scores of rockets fired by Hamas struck Israeli towns on Saturday.", "attack", "HAMAS", "ISR"),
    # what warplanes or missiles hit is struck, never a figure's target
    ("Israeli warplanes bombed targets in southern Lebanon on Friday.", "attack", "ISR", "LBN"),
])
def test_a_counted_party_acts_or_is_acted_on_through_its_count(text, kind, source, target):
    signal = one(text, kind)
    assert (signal.source and signal.source.code, signal.target and signal.target.code) == (source, target), signal


@pytest.mark.parametrize("text", [
    "A swarm of explosive-laden drones hit a fuel depot near the port overnight, officials said.",
    "The harbour was hit by a swarm of drones on Tuesday.",
])
def test_a_swarm_of_weapons_that_strikes_is_an_attack(text):
    assert top_plover(text) == "ASSAULT", signals(text)


@pytest.mark.parametrize("text", [
    "Dozens of fans attacked the referee's decision on social media.",
    "A swarm of bees attacked hikers on a trail in Arizona.",
    "Hundreds of drones lit up the sky in a light show over Shanghai.",
    "Dozens of shoppers were targeted by scammers during the holiday sales.",
    "A swarm of locusts hit farms in eastern Kenya.",
    "A number of students were expelled from the university for cheating.",
    "Waves of shoppers hit the stores on Black Friday.",
    "The company's shares hit their target price on Monday.",
    # a party held is held captive: no meeting
    "The army has been holding thousands of refugees as human shields near the front, the rebels said.",
    "Rebels are holding two Ukrainian officials in the town.",
    # `according to` names a source, no accord left
    "The storm left dozens of villagers homeless, according to local officials.",
])
def test_counted_everyday_parties_and_parties_held_make_no_signal(text):
    assert top_plover(text) is None, signals(text)


def test_an_analysed_document_keeps_nothing_that_refers_back_to_it():
    """A worker reads documents for days: once its signals are read, nothing the rules kept with a document holds its
    tokens, so the document is freed at once, not by the cycle collector."""
    from spacy.tokens import Token

    from pipeline.extract import read_signals

    doc = load_nlp()("Hundreds of Russian troops were deployed to the border with Finland on Monday, officials said.")
    assert read_signals(doc, find_actors(doc))
    def holds_token(value) -> bool:
        if isinstance(value, dict):
            return any(holds_token(v) for v in value.values())
        if isinstance(value, (tuple, list, set, frozenset)):
            return any(holds_token(v) for v in value)
        return isinstance(value, Token)

    assert not holds_token(doc.user_data)


@pytest.mark.parametrize("text, kind, source, target", [
    # a headline verb the tagger reads as a plural noun or an auxiliary: the parser still gives it its subject
    ("Latvia expels Belarusian embassy counsellor over espionage", "diplomatic_rupture", "LVA", "BLR"),
    ("Syria threatens 'overwhelming' response if Israeli jets enter its airspace", "threat", "SYR", None),
    # after two subjects joined, the verb has no `-s`: the tagger reads it as a singular noun
    ("Iran and Saudi Arabia seal pact to restore ties", "agreement", "IRN", "SAU"),
    ("US and UK strike Houthi targets in Yemen", "attack", "USA", "HOUTHIS"),
])
def test_a_headline_verb_read_as_a_noun_still_acts(text, kind, source, target):
    found = one(text, kind)
    assert found.source and found.source.code == source, found
    assert (found.target.code if found.target else None) == target, found


@pytest.mark.parametrize("text", [
    "Tesla expels three board members after audit",
    "Amazon threatens 'aggressive' pricing response if Walmart expands delivery",
    "Club receives first batch of new kits ahead of season",
    "City attack leaves rivals rattled in derby",
])
def test_a_business_or_sport_headline_verb_makes_no_signal(text):
    assert top_plover(text) is None, signals(text)


def test_rocket_launchers_received_are_an_arms_delivery():
    found = one("Georgia received its first multiple rocket launchers from Poland on Friday.", "arms_delivery")
    assert found.plover == "AID" and found.target and found.target.code == "GEO", found


def published(body, url, headline):
    """(type, status) of the signals of a document published at a URL under a headline, as the extract stage reads
    it."""
    nlp = load_nlp()
    return [(s.type, s.status) for s in analyze_doc("doc", nlp(body), partial(nlp, headline), url).signals]


def test_an_operative_paragraph_is_the_act_of_the_council_the_communique_opens_with():
    opening = "The IGAD Council of Ministers, at its 51st extraordinary session held in Addis Ababa on 9 September 2026"
    decided = (opening + ", ... 4. Welcomes the release of the detained journalists; 5. Decides to impose a travel "
               "ban and an asset freeze on the commanders of the militias that shelled the airport; 6. Decides to "
               "remain seized of the matter.")
    noted = (opening + ", ... 4. Takes note of the briefing by the Executive Secretary; 5. Expresses concern at calls "
             "by some parties to consider sanctions; 6. Decides to remain seized of the matter.")
    headline = "Communique of the 51st Extraordinary Session of the IGAD Council of Ministers"
    assert ("sanctions", "planned") in published(decided, "https://igad.int/communique-51", headline)
    assert not [s for s in published(noted, "https://igad.int/communique-51", headline)
                if s[1] in ("actual", "planned")]


@pytest.mark.parametrize("text, status", [
    ("The government endorsed a draft decree, prepared by the Ministry of Economy, which prolongs until the end of "
     "2028 the embargo on Russian timber.", "actual"),
    ("The Ministry of Trade has prepared amendments which renew until March 2028 the ban on imports of Russian "
     "grain.", "actual"),
    ("Hungary refused to extend the sanctions on Russian oil companies.", "denied"),
])
def test_a_measure_renewed_is_in_force_whatever_plan_governs_the_renewal(text, status):
    assert one(text, "sanctions").status == status


def test_guidance_that_says_it_imposes_nothing_raises_no_measure():
    advisory = ("The Office of Foreign Assets Control has issued this advisory to help exporters spot evasion "
                "schemes. Exporters should write sanctions clauses into their sales contracts and screen their buyers. "
                "This advisory does not impose any new obligations and does not designate any persons.")
    designation = ("The Office of Foreign Assets Control today designated four trading firms in Hong Kong that shipped "
                   "drone parts to Iran. The advisory published beside this action does not impose any new "
                   "obligations.")
    assert published(advisory, "https://ofac.treasury.gov/advisory-7", "Advisory on export evasion schemes") == []
    assert ("sanctions", "actual") in published(designation, "https://home.treasury.gov/news/press-releases/sb9",
                                                "Treasury targets drone parts suppliers")


def test_a_limit_raised_for_vessels_is_no_buildup_of_them():
    circular = ("To all shipping agents and masters. The Port Authority informs that, as from 1 May 2027, the maximum "
                "permissible draught for vessels using the approach channel is increased to 16 metres, and the "
                "closing time of the eastbound convoy is amended to 05:00 hours.")
    assert published(circular, "https://www.mpa.gov.sg/circular-12",
                     "Port Marine Circular No. 12: approach channel draught") == []
    assert one("The Egyptian Armed Forces increased the number of naval vessels deployed at the southern entrance "
               "of the Red Sea after the attacks on shipping.", "troop_buildup").status == "actual"


@pytest.mark.parametrize("text", [
    "The company said its new model would meet the same fate as the old one if sales kept falling.",
    "The central bank said it would intervene in the currency market if the rupee fell further.",
    "The city council placed restrictions on 20 restaurants and bars after the outbreak.",
    "The court reversed its decision to extradite the businessman to Spain.",
    "Nicaragua reversed its decision to restore diplomatic relations with Taiwan.",
    "The two companies completed their disengagement from the joint venture in May.",
    "Lightning sets forest ablaze in California, officials say",
    "Russian tanks reached the outskirts of Kyiv, Ukraine's defence ministry said on Friday.",
    "Ukrainian howitzers have reached frontline units in eastern Ukraine.",
])
def test_near_misses_of_fates_decrees_reversals_strikes_and_arrivals_make_no_signal(text):
    assert top_plover(text) is None, signals(text)


@pytest.mark.parametrize("text, kind, status, dyad, plover", [
    ("Estonia's parliament passed a law banning imports of Russian grain and fertiliser.", "sanctions", "actual",
     "EST>RUS", "SANCTION"),
    ("A law banning imports of Russian steel was passed by the Polish parliament on Friday.", "sanctions", "actual",
     "POL>RUS", "SANCTION"),
    ("The Canadian government issued a decree freezing the assets of twelve Iranian officials.", "sanctions", "actual",
     "CAN>IRN", "SANCTION"),
    ("Latvia's Saeima passed a bill reinstating conscription for men aged 18 to 27.", "mobilization", "actual",
     "LVA>?", "MOBILIZE"),
    ("An amnesty decree signed by President Ortega released 222 political prisoners.", "agreement", "actual",
     "NIC>?", "YIELD"),
])
def test_an_enacted_instrument_carries_the_act_of_whoever_enacted_it(text, kind, status, dyad, plover):
    signal = strongest(text)
    assert (signal.type, signal.status, signal.dyad, signal.plover) == (kind, status, dyad, plover), signals(text)


@pytest.mark.parametrize("text", [
    "The government withdrew a contested bill that would have banned foreign-funded NGOs.",
    "Ireland's parliament passed a bill banning single-use plastic bags.",
    "The city council approved a law extending school hours in the capital.",
    "The cabinet published a decree naming a new ambassador to Germany.",
    "The Duma will pass a law banning imports of Ukrainian grain.",
    "The parliament rejected a bill restoring conscription by 120 votes to 80.",
])
def test_an_instrument_not_enacted_or_about_home_affairs_carries_no_measure(text):
    assert escalating(text) == [], signals(text)


@pytest.mark.parametrize("text, kind, status", [
    ("Naval exercises by China's Eastern Theatre Command around Taiwan got under way on Monday.",
     "military_exercise", "actual"),
    ("Live-fire drills by Iran's Revolutionary Guards near the Strait of Hormuz began on Sunday.",
     "military_exercise", "actual"),
    ("A video conference between the Indonesian and Australian foreign ministers took place on Wednesday.", "talks",
     "actual"),
    ("A meeting between the Thai and Cambodian defence ministers wrapped up in Bangkok on Friday.", "talks",
     "actual"),
    ("Mediation by Qatar and Egypt between Israel and Hamas resumed in Cairo on Monday.", "talks", "actual"),
    ("The Saudi and Iranian delegations emerged from six hours of discussions in Baghdad late on Sunday.", "talks",
     "actual"),
    ("Kenyan, Somali border commanders hold fresh round of talks in Mandera", "talks", "actual"),
    ("Serbian, Kosovar negotiators meet in Brussels over licence plates", "talks", "actual"),
    ("A meeting between the two defence ministers will get under way in Hanoi next week.", "talks", "planned"),
    ("Israeli and Lebanese officers sat across the table from each other at the UN post in Naqoura.", "talks",
     "actual"),
])
def test_an_event_noun_whose_verb_only_says_it_happened_is_the_event(text, kind, status):
    assert one(text, kind).status == status


@pytest.mark.parametrize("text", [
    "The festival got under way in Edinburgh on Friday with a parade.",
    "The board meeting wrapped up on Friday with no decision on the dividend.",
    "Fans emerged from two hours of queueing outside the stadium.",
    "Mediation by a retired judge between the landlord and the tenants continued on Tuesday.",
    "Scottish, Welsh farmers hold talks on lamb prices",
    "Indian, Chinese cricket fans gather in Dubai for final",
    "Two old friends sat across the table from each other at dinner in Paris.",
])
def test_near_misses_of_events_that_only_happened_make_no_signal(text):
    assert top_plover(text) is None, signals(text)


def test_what_talks_held_in_a_headline_are_about_is_their_topic():
    assert [s.type for s in signals("Thai, Cambodian army chiefs hold talks on border clashes")] == ["talks"]


@pytest.mark.parametrize("text", [
    "The starting gun fired at 8:15 for the half marathon through central Accra.",
    "The governor fired the starting pistol and 12,000 cyclists set off along the coast road.",
    "Navy gunners fired a 21-gun salute as the Malaysian king arrived at the naval base.",
])
def test_a_shot_that_starts_a_race_or_salutes_a_guest_is_no_attack(text):
    assert not [s for s in signals(text) if s.type == "attack"], signals(text)


def test_shells_fired_at_a_town_stay_an_attack_beside_a_salute():
    assert one("Army gunners fired shells at the town of Bakhmut overnight.", "attack").status == "actual"


def test_a_missile_fired_into_the_sea_east_of_a_coast_is_a_weapons_test():
    found = signals("Navy says Iran fires two cruise missiles into sea south of Jask")
    assert [s.type for s in found] == ["military_exercise"], found
    assert one("Hezbollah fired rockets into northern Israel on Sunday.", "attack").target.code == "ISR"


@pytest.mark.parametrize("text", [
    "Egypt and Sudan inked a mutual defence pact on Monday, committing each to treat aggression against one as "
    "aggression against both.",
    "Manila and Tokyo sealed a defence accord that commits both to regard an attack on one as an attack on both.",
])
def test_the_terms_of_a_mutual_defence_pact_are_no_attack(text):
    assert [s.type for s in signals(text)] == ["agreement"], signals(text)


def test_a_warning_to_regard_a_strike_as_aggression_stays_a_threat():
    assert top_plover("Russia warned it would regard any strike on Crimea as an act of aggression against Russia.") \
        == "THREATEN"


def test_the_military_operations_chiefs_name_a_post_not_an_operation():
    text = ("The video call between the Thai and Cambodian military operations chiefs ended with a pledge to respect "
            "the truce, a statement said.")
    assert not [s for s in signals(text) if s.type == "attack"], signals(text)


def test_a_bill_withdrawn_on_funding_withdraws_the_bill_not_the_funding():
    assert not [s for s in signals("The Slovak government withdrew a controversial bill on NGO funding following "
                                   "protests in Bratislava.") if s.type == "sanctions"]
    assert one("The United States withdrew funding from the UN agency over the allegations.",
               "sanctions").status == "actual"


def test_a_notice_of_a_minister_s_trip_announces_no_measure():
    nlp = load_nlp()
    body = ("The Secretary of Defense will travel to Warsaw next week to take part in a meeting of the contact group "
            "on military assistance to Ukraine, and will hold a press conference after it.")
    for headline, no_measure in (("Secretary of Defense to Visit Warsaw for Contact Group Meeting", True),
                                 ("Secretary of Defense Announces Security Assistance Package", False)):
        doc = nlp(body)
        reading = notice_reading(doc, find_actors(doc), "https://www.defense.gov/News/Releases/1",
                                 lambda h=headline: (nlp(h), find_actors(nlp(h))))
        assert reading[0] and reading[3] is no_measure, (headline, reading)


@pytest.mark.parametrize("text", [
    "Morocco took delivery of its first J-10 fighters from China on Friday.",
    "Chile received four additional interceptors from Norway under the lease.",
    "KF-21 light fighters touched down in Jakarta as South Korea handed over the first batch.",
])
def test_combat_aircraft_named_by_role_are_materiel_when_received(text):
    assert top_plover(text) == "AID", signals(text)


@pytest.mark.parametrize("text", [
    "Russia flew more bombers to its airfield near the Finnish border.",
    "Dozens of fighters gathered on the outskirts of the town.",
    "Kurdish forces took custody of 200 Islamic State fighters captured near Deir ez-Zor.",
    "The Pentagon sent two B-52 bombers to Diego Garcia as tension with Iran rose.",
])
def test_fighters_moved_or_held_are_no_delivery(text):
    assert not [s for s in signals(text) if s.type == "arms_delivery"], signals(text)


@pytest.mark.parametrize("text", [
    "Serbia and Kosovo made a joint commitment to respect the truce along the boundary.",
    "The phone call between the Thai and Cambodian defence ministers produced a mutual pledge to observe the truce.",
])
def test_a_commitment_made_by_two_parties_to_keep_a_truce_is_an_agreement(text):
    signal = one(text, "agreement")
    assert signal.plover == "AGREE" and signal.source and signal.target, signal


@pytest.mark.parametrize("text", [
    "Kosovo accused Serbia of breaking the commitment to respect the truce.",
    "The mediators called for a commitment to the truce from both sides.",
])
def test_a_commitment_called_for_or_broken_is_no_agreement(text):
    assert not [s for s in signals(text) if s.plover == "AGREE"], signals(text)


def test_a_failed_vote_on_a_ban_takes_no_measure():
    assert one("The Latvian parliament failed to pass a bill banning Russian grain imports.",
               "sanctions").status == "denied"
    assert one("The embargo failed to stop Russian grain exports.", "sanctions").status == "actual"


@pytest.mark.parametrize("text, dyad", [
    ("Poland took delivery of 12 South Korean K2 tanks.", "KOR>POL"),
    ("Morocco took delivery of 24 American Apache helicopters.", "USA>MAR"),
    ("Egypt takes delivery of first Chinese J-10 fighters", "CHN>EGY"),
])
def test_the_state_named_on_goods_taken_delivery_of_gave_them(text, dyad):
    assert one(text, "arms_delivery").dyad == dyad


@pytest.mark.parametrize("text, dyad", [
    # a verb or adjective that only frames the receipt leaves its subject the receiver
    ("Ukraine is expected to take delivery of German Leopard tanks next month.", "DEU>UKR"),
    ("Poland is set to receive American Abrams tanks this year.", "USA>POL"),
    ("Kyiv is due to get more Patriot systems from Germany.", "DEU>UKR"),
    # so is a controlling verb's subject, where the clause gets goods for no other
    ("Ukraine hopes to receive German Leopard tanks next month.", "DEU>UKR"),
    # the giver's `from` hung on the noun the weapon's name modifies
    ("Kyiv will get more Patriot systems from Germany.", "DEU>UKR"),
])
def test_a_receiver_framed_by_expectation_receives_from_the_state_named_on_the_goods(text, dyad):
    assert one(text, "arms_delivery").dyad == dyad


@pytest.mark.parametrize("text, kind, status, dyad", [
    # the holder of a plan does what it plans, or plans not to do
    ("Washington has no plans to send troops to Ukraine, the White House said.", "troop_buildup", "denied", "USA>UKR"),
    ("Washington has plans to send troops to Poland.", "troop_buildup", "planned", "USA>POL"),
    # a party's stance told by an adjective: its subject is the party
    ("Moscow said it was ready for talks with Kyiv.", "talks", "proposed", "RUS>UKR"),
])
def test_a_plan_held_or_a_readiness_stated_is_its_subject_s(text, kind, status, dyad):
    found = one(text, kind)
    assert (found.status, found.dyad) == (status, dyad)


def test_goods_intended_for_a_state_are_delivered_to_it():
    found = one("The first Rafale intended for Indonesia was handed over today at the maker's site.", "arms_delivery")
    assert (found.status, found.target.code) == ("actual", "IDN")


@pytest.mark.parametrize("text, status, dyad", [
    ("Russia cautioned NATO that any decision to arm Kyiv with Tomahawk cruise missiles would mark a dangerous new "
     "stage of escalation.", "actual", "RUS>NATO"),
    ("India's defence minister cautioned Islamabad that any future act of terrorism would be treated as an act of war.",
     "actual", "IND>PAK"),
])
def test_a_caution_to_a_party_is_a_warning(text, status, dyad):
    found = one(text, "threat")
    assert (found.status, found.dyad) == (status, dyad)


def test_the_framework_an_act_is_done_under_is_not_what_it_acts_on():
    text = ("The last of the 180 K2 tanks ordered under the first executive contract with the Polish Armament Agency "
            "arrived at the Port of Gdynia.")
    assert not [s for s in signals(text) if s.type == "diplomatic_rupture"], signals(text)


def test_a_lot_of_an_order_that_arrives_is_delivered_unless_it_comes_for_drills():
    assert one("The second batch of BrahMos missile systems arrived in the Philippines.",
               "arms_delivery").dyad == "?>PHL"
    assert not [s for s in signals("A batch of Russian tanks arrived in Belarus for joint drills.")
                if s.type == "arms_delivery"]


def test_a_subject_working_to_get_goods_to_another_is_no_receiver():
    assert one("The United States worked with partners to get Ukraine tanks.", "arms_delivery").target.code == "UKR"


@pytest.mark.parametrize("text, kind", [
    ("Germany hopes to send tanks to Ukraine.", "arms_delivery"),   # `hopes`, lemmatised `hop`
    ("Serbia is hoping to hold talks with Kosovo.", "talks"),   # `hoping`, lemmatised `hop`
])
def test_a_hope_is_proposed_however_the_lemmatizer_cut_the_verb(text, kind):
    assert one(text, kind).status == "proposed"


@pytest.mark.parametrize("text, pulled_back", [
    ("Azerbaijani infantry units posted along the Armenian frontier returned to their barracks after Baku lowered "
     "the alert level.", True),
    ("The Ethiopian brigades massed near the Eritrean border went back to their permanent bases on Sunday.", True),
    ("Pakistani artillery units along the Line of Control stood down after the two armies agreed to a hotline.", True),
    # returning elsewhere, or not as a force, is no pullback
    ("Ukrainian soldiers returned fire after their trench was shelled near Avdiivka.", False),
    ("The Colombian national team returned to its hotel after training in Doha.", False),
    ("Russian troops returned to the front after a week of rest in Belgorod.", False),
    ("Riot police stood down after the demonstrators dispersed in Tbilisi.", False),
])
def test_forces_going_back_to_their_bases_yield(text, pulled_back):
    assert any(s.plover == "YIELD" for s in signals(text)) is pulled_back, signals(text)
    assert (top_plover(text) == "YIELD") is pulled_back, signals(text)


def test_a_truce_that_takes_hold_is_an_agreement_between_the_states_its_sentence_names():
    signal = one("Shooting stopped along the Thai-Cambodian frontier at dawn as the truce mediated by Malaysia took "
                 "hold.", "agreement")
    assert (signal.status, signal.plover, signal.source.code, signal.target.code) == ("actual", "AGREE", "THA", "KHM")
    assert not [s for s in signals("The new fuel levy took effect across Thailand on Monday.")
                if s.type == "agreement"]


def test_what_a_measure_stops_told_with_a_negation_leaves_the_measure_done():
    assert one("Two Iranian airlines can no longer lease European jets after Brussels added them to its sanctions "
               "list.", "sanctions").status == "actual"
    assert one("Britain will no longer impose sanctions on the Syrian central bank.", "sanctions").status == "denied"


@pytest.mark.parametrize("text", [
    "U.S. sanctions have hit Russia's economy hard.",
    "Western export controls have starved Russia's defence industry of microelectronics.",
    "The sanctions have crippled Russia's ability to produce missiles.",
    "Russia's economy contracted under the weight of Western sanctions.",
    "Sanctions imposed by the European Union continue to squeeze the Kremlin's revenues.",
])
def test_a_measure_told_by_its_effect_falls_on_the_party_it_hits(text):
    signal = one(text, "sanctions")
    assert (signal.status, signal.target.code) == ("actual", "RUS")
    assert not [s for s in signals(text) if s.type == "attack"]


def test_what_a_measure_does_for_a_party_names_no_target():
    assert not [s for s in signals("Sanctions on steel have helped China's exporters.") if s.type == "sanctions"
                and s.target and s.target.code == "CHN"]


@pytest.mark.parametrize("text", [
    "Officials fear that Russian companies would seek to use Dubai's banks to evade Western sanctions.",
    "Iran might try to circumvent U.S. sanctions with front companies.",
])
def test_a_measure_a_party_may_evade_is_in_force(text):
    assert one(text, "sanctions").status == "actual"


@pytest.mark.parametrize("text, dyad", [
    ("Ukraine has used the weapons that the United States provided with great skill.", "USA>UKR"),
    ("Kyiv praised the tanks Germany sent to Ukraine last spring.", "DEU>UKR"),
])
def test_materiel_a_relative_clause_says_was_sent_is_delivered(text, dyad):
    signal = one(text, "arms_delivery")
    assert (signal.status, f"{signal.source.code}>{signal.target.code}") == ("actual", dyad)


def test_what_a_sum_of_money_counts_is_what_is_frozen():
    signal = one("The United States has frozen hundreds of billions of dollars of the Central Bank of Russia's "
                 "assets.", "sanctions")
    assert (signal.status, signal.source.code, signal.target.code) == ("actual", "USA", "RUS")


@pytest.mark.parametrize("text", [
    "The two leaders discussed ongoing U.S. security assistance to Ukraine.",
    "The ministers reviewed the recent delivery of German tanks to Ukraine.",
])
def test_an_event_told_as_going_on_is_no_proposal_of_those_who_discuss_it(text):
    assert one(text, "arms_delivery").status == "actual"


def test_a_topic_not_told_as_going_on_leaves_the_talks_the_event():
    assert [s.type for s in signals("The two leaders discussed U.S. security assistance to Ukraine.")] == ["talks"]


def test_weapons_sped_to_a_state_are_sent():
    signal = one("The Pentagon will speed more air defence missiles to Ukraine.", "arms_delivery")
    assert (signal.status, signal.source.code, signal.target.code) == ("planned", "USA", "UKR")
    assert not [s for s in signals("The company will speed up production of artillery shells.")
                if s.type == "arms_delivery"]


def test_the_one_kept_from_an_act_is_its_doer():
    signal = one("She stressed the importance of preventing Russian elites from using Dubai's banks to evade "
                 "sanctions.", "sanctions")
    assert (signal.status, signal.target.code) == ("actual", "RUS")
    assert not [s for s in signals("Taiwan added Huawei to its entity list, barring Taiwanese firms from shipping it "
                                   "chips or equipment without a permit.") if s.type == "arms_delivery"]


def test_an_example_a_list_includes_is_what_is_given():
    signal = one("The package provides Ukraine with critical capabilities to defend itself, including additional "
                 "HIMARS ammunition.", "arms_delivery")
    assert (signal.status, signal.target.code) == ("actual", "UKR")
    # a piece of heritage handed back is no weapon given
    assert not signals("The Netherlands returned 478 artefacts to Indonesia this week, including a diamond-studded "
                       "kris and gold jewellery taken from Lombok in the 19th century.")


@pytest.mark.parametrize("text", [
    "On our side, shipments of security assistance continue to flow into Ukraine on a daily basis.",
    "Weapons deliveries continue to flow to Ukraine.",
])
def test_deliveries_that_go_on_reach_the_state_they_flow_to(text):
    signal = one(text, "arms_delivery")
    assert (signal.status, signal.target.code) == ("actual", "UKR")


def test_assistance_told_as_continuing_is_no_proposal_but_may_be_planned():
    assert one("The leaders also discussed continued security assistance to Ukraine.", "arms_delivery").status == (
        "actual")
    assert one("The United States will provide continued security assistance to Ukraine.",
               "arms_delivery").status == "planned"


def test_the_receiver_the_last_of_a_list_names_receives_the_whole_list():
    signal = one("The package announced on Friday includes HIMARS ammunition and Javelin missiles for Ukraine.",
                 "arms_delivery")
    assert signal.target.code == "UKR"
    assert [f"{s.source.code}>{s.target.code}" for s in signals(
        "China handed over two patrol boats and a consignment of small arms to the Ghanaian armed forces on the Gulf "
        "of Guinea.") if s.type == "arms_delivery"] == ["CHN>GHA"]


@pytest.mark.parametrize("text", [
    "U.S. sanctions on Russia do not stand in the way of global food supplies.",
    "Export controls have not stopped the flow of chips to Russia.",
])
def test_what_a_measure_does_not_do_leaves_the_measure_in_force(text):
    assert one(text, "sanctions").status == "actual"


def test_a_measure_that_did_not_happen_is_denied():
    assert one("The sanctions against Iran did not materialise.", "sanctions").status == "denied"


@pytest.mark.parametrize("text, dyad", [
    ("The Biden Administration imposed new sanctions on Russia.", "USA>RUS"),
    ("This authorization is the Biden Administration's twenty-second drawdown of equipment for Ukraine.", "USA>UKR"),
])
def test_a_body_named_for_its_leader_speaks_for_the_leaders_state(text, dyad):
    signal = next(s for s in signals(text) if s.type in {"sanctions", "arms_delivery"})
    assert f"{signal.source.code}>{signal.target.code}" == dyad


def test_what_a_party_does_as_a_danger_it_poses_is_told_as_done():
    signal = one("The two leaders discussed the threats posed by Iran, including its transfer of drones to Russia.",
                 "arms_delivery")
    assert (signal.status, signal.target.code) == ("actual", "RUS")
    # an example no doer owns may be only feared
    assert not [s for s in signals("The leaders discussed the threats posed by Russia, including an invasion of "
                                   "Ukraine.") if s.type == "attack" and s.status == "actual"]


def test_a_subject_the_parser_hung_on_the_auxiliary_still_acts():
    signal = one("The United States is today sanctioning an international network of companies that have brokered "
                 "the sale of Iranian petroleum.", "sanctions")
    assert (signal.status, signal.source.code, signal.target.code) == ("actual", "USA", "IRN")


@pytest.mark.parametrize("text", [
    "The sanctions imposed in response to Russia's war against Ukraine are working.",
    "Sanctions imposed over Russia's invasion of Ukraine have cut its revenues.",
])
def test_a_measure_falls_on_the_party_whose_act_it_answers(text):
    assert one(text, "sanctions").target.code == "RUS"


def test_unmanned_aerial_vehicles_are_weapons_but_medicine_and_equipment_stay_relief():
    signal = one("Iran has transferred unmanned aerial vehicles to Russia.", "arms_delivery")
    assert f"{signal.source.code}>{signal.target.code}" == "IRN>RUS"
    assert not [s for s in signals("Morocco airlifted 40 tonnes of medicine and surgical equipment to Beirut on "
                                   "Friday.") if s.type == "arms_delivery"]


def test_materiel_its_receiver_has_used_was_delivered_whatever_is_discussed():
    signal = one("The two leaders discussed Iran's growing military cooperation with Russia, including Tehran's "
                 "provision of unmanned aerial vehicles that Russia has used against civilians in Ukraine.",
                 "arms_delivery")
    assert (signal.status, f"{signal.source.code}>{signal.target.code}") == ("actual", "IRN>RUS")


def test_capabilities_a_state_gets_in_a_military_sentence_are_materiel():
    signal = one("The United States will continue to work with its Allies and partners to provide Ukraine with "
                 "capabilities to meet its evolving battlefield requirements.", "arms_delivery")
    assert (signal.status, f"{signal.source.code}>{signal.target.code}") == ("planned", "USA>UKR")
    assert not [s for s in signals("Microsoft will provide the Ukrainian government with cloud capabilities.")
                if s.type == "arms_delivery"]


def test_a_measure_under_rules_already_issued_is_decided_whenever_it_applies():
    signal = one("Exports of high-end machine tools and drone components to Iran will be banned from next month under "
                 "new rules published by Japan's trade ministry on Friday.", "sanctions")
    assert (signal.status, signal.plover, f"{signal.source.code}>{signal.target.code}") == (
        "planned", "SANCTION", "JPN>IRN")


@pytest.mark.parametrize("text", [
    "Secretary Austin reaffirmed the steadfast U.S. commitment to supporting Ukraine, including through continued "
    "security assistance.",
    "The United States will keep supporting Ukraine through security assistance.",
])
def test_the_state_an_act_of_help_serves_receives_the_delivery_that_is_its_means(text):
    assert one(text, "arms_delivery").target.code == "UKR"


def test_a_relative_clause_lists_what_a_package_delivers():
    assert one("The President announced another $800 million package yesterday that includes 72 more howitzers and "
               "144,000 rounds of artillery ammunition.", "arms_delivery").status == "actual"


def test_a_use_clause_the_parser_hangs_on_the_receiver_tells_the_materiel_delivered():
    signal = one("The two leaders discussed Iran's destabilizing activities, including Iran's provision of unmanned "
                 "aerial vehicles to Russia, which Russia has used to strike civilian infrastructure in Ukraine.",
                 "arms_delivery")
    assert (signal.status, f"{signal.source.code}>{signal.target.code}") == ("actual", "IRN>RUS")


def test_what_a_party_s_own_activities_include_is_told_as_done():
    signal = one("The two leaders discussed Iran's destabilizing activities in the Middle East, including its nuclear "
                 "program and its transfer of unmanned aerial vehicles to Russia for use against Ukraine.",
                 "arms_delivery")
    assert (signal.status, signal.target.code) == ("actual", "RUS")


def test_what_an_ongoing_effort_works_through_is_in_use():
    signal = one("The minister praised the continued efforts of the United Kingdom and its allies to weaken Iran's "
                 "drone industry, including through sanctions and export bans.", "sanctions")
    assert (signal.status, signal.source.code) == ("actual", "GBR")
    # what a continuing effort aims at is not reached yet
    assert one("The ministers discussed continued efforts to impose new sanctions on Belarus.",
               "sanctions").status == "proposed"


@pytest.mark.parametrize("text, dyad", [
    ("Chad sent 1,000 soldiers to Mali to support the Malian army against jihadist fighters.", "TCD>MLI"),
    ("Burundi dispatched 800 troops to Somalia to help Mogadishu fight al-Shabaab.", "BDI>SOM"),
    ("Turkish military advisers and a drone battery arrived in Tripoli under a security pact signed in May.",
     "TUR>LBY"),
])
def test_forces_sent_to_help_a_partner_are_military_aid(text, dyad):
    signal = strongest(text)
    assert (signal.plover, signal.status, f"{signal.source.code}>{signal.target.code}") == ("AID", "actual", dyad)


def test_forces_sent_to_face_a_party_are_a_buildup():
    assert one("Serbia sent troops to the Kosovo border to deter what it called provocations.",
               "troop_buildup").status == "actual"


@pytest.mark.parametrize("text", [
    "Western diplomats warned that Azerbaijan is massing troops along the Armenian border.",
    "Azerbaijan massing troops on Armenian border, Western diplomats warn",
])
def test_a_warning_that_reports_another_party_s_moves_is_no_threat(text):
    assert one(text, "troop_buildup").status == "actual"


def test_the_warner_s_own_promise_stays_a_threat():
    assert one("Azerbaijan warned it would mass troops along the Armenian border.",
               "troop_buildup").status == "threatened"


def test_a_standby_force_activated_is_mobilised():
    signal = one("The African Union ordered the activation of its standby force.", "mobilization")
    assert signal.plover == "MOBILIZE"


@pytest.mark.parametrize("text", [
    "The Asian Development Bank approved a $400 million loan to Bangladesh for flood defences on Thursday.",
    "Canada's cabinet authorised the sale of 40 armoured vehicles to Ghana, the defence ministry said.",
    "The Council approved the possible transfer of coastal patrol boats to Senegal.",
])
def test_a_gift_approved_by_its_giver_is_given(text):
    assert strongest(text).plover == "AID"


@pytest.mark.parametrize("text, status", [
    ("The Asian Development Bank will approve a $400 million loan to Bangladesh next month.", "planned"),
    ("The Asian Development Bank plans to approve a $400 million loan to Bangladesh.", "planned"),
    ("The Asian Development Bank refused to approve a loan to Bangladesh.", "denied"),
])
def test_an_approval_still_to_come_is_planned_or_refused(text, status):
    assert strongest(text).status == status


def test_a_place_the_parser_hangs_on_the_span_of_fighting_is_where_it_rages():
    signal = one("Fighting raged for a third day in the Sudanese city of El Fasher between rival armed groups.",
                 "attack")
    assert signal.target.code == "SDN"


def test_a_council_s_emergency_session_is_talks():
    assert one("The U.N. Security Council convened an emergency session on the fighting in eastern Congo.",
               "talks").source.code == "UNSC"


@pytest.mark.parametrize("text", [
    "Chelsea held a training session at Cobham on Friday.",
    "The yen weakened in the afternoon session in Tokyo.",
])
def test_a_session_of_training_or_trading_is_no_talks(text):
    assert not [s for s in signals(text) if s.type == "talks"]


def test_the_meeting_where_an_accord_was_made_is_no_talks_of_its_own():
    found = signals("African Union leaders agreed at their summit in Addis Ababa to create a standby force for the "
                    "Sahel.")
    assert [s.type for s in found] == ["agreement"]


def test_attacks_coordinated_with_another_noun_are_of_the_party_that_modifies_both():
    signal = one("Canada delivered air defence systems to Ukraine to help shield its cities from Russian drone and "
                 "missile attacks.", "attack")
    assert signal.source.code == "RUS"


def test_a_notice_s_own_measure_finances_the_materiel_it_delivers():
    body = ("Council of the EU\nPress release\n\nThe Council today adopted an assistance measure worth €6 million "
            "under the European Peace Facility in support of the Togo Armed Forces.\n\nThe measure will finance the "
            "provision of armoured personnel carriers, riverine patrol boats, night-vision devices, surveillance "
            "drones and related training, as well as infrastructure for a forward operating base in the north of the "
            "country.\n\nThe European Peace Facility allows the EU to provide partner countries with military "
            "equipment.")
    found = published(body, "https://www.consilium.europa.eu/en/press/1",
                      "European Peace Facility: Council adopts assistance measure to support the armed forces of Togo")
    assert ("arms_delivery", "planned") in found


def test_what_a_sanctioning_issuer_targets_in_its_own_voice_is_no_attack():
    body = ("Australia today imposed financial sanctions on 20 individuals and entities. \"We are targeting the "
            "networks that supply the Russian war machine,\" the Foreign Minister said.")
    assert [kind for kind, _ in published(body, "https://www.dfat.gov.au/news/1", "New sanctions on Russia")] == [
        "sanctions"]


def test_a_place_designated_to_serve_is_listed_for_no_penalty():
    body = "The Department designated two Army airfields in Georgia as staging bases for the hurricane response."
    assert published(body, "https://www.defense.gov/News/Releases/1", "Hurricane response") == []


def test_a_threat_a_party_faces_is_a_danger_not_a_warning():
    signal = one("Coastal states in West Africa face a mounting threat from armed groups in the Sahel.", "threat")
    assert signal.status == "hypothetical" and not signal.escalates


def test_missiles_launched_on_several_occasions_are_tests_not_strikes():
    signal = strongest("Iran launched ballistic missiles on several occasions last month, state media said.")
    assert (signal.type, signal.plover) == ("military_exercise", "MOBILIZE")


def test_a_request_to_the_requester_s_own_parliament_on_a_condition_is_a_threat():
    signal = one("Armenia's prime minister said he would ask parliament to declare war on Azerbaijan if Baku kept "
                 "shelling border villages.", "threat")
    assert (signal.status, signal.plover) == ("threatened", "THREATEN")


def test_relief_flown_in_a_force_s_aircraft_is_aid():
    signal = strongest("Fiji flew defence force aircraft loaded with drinking water, tents and a medical team to "
                       "Tonga after the tsunami.")
    assert (signal.plover, signal.dyad) == ("AID", "FJI>TON")


def test_a_sum_written_in_words_is_money_a_freeze_holds():
    signal = one("Canada has frozen about 25 million dollars held by companies linked to Belarus's security services, "
                 "the foreign ministry said.", "sanctions")
    assert (signal.status, signal.plover) == ("actual", "SANCTION")


def test_a_shipment_that_arrives_is_delivered_not_deployed():
    signal = strongest("The first shipment of Turkish armoured vehicles arrived in Mogadishu, Somalia's defence "
                       "ministry said.")
    assert (signal.type, signal.plover) == ("arms_delivery", "AID")


def test_an_armed_group_handing_its_weapons_to_soldiers_yields():
    found = signals("Dozens of Abu Sayyaf militants surrendered to Philippine soldiers on Jolo island, handing over "
                    "their rifles and grenades.")
    assert "arms_delivery" not in {s.type for s in found}
    assert max(found, key=lambda s: s.confidence).plover == "YIELD"


def test_a_coded_body_that_says_it_halted_lending_sanctions():
    signal = one("The World Bank said it had frozen new loans to Mali in protest at the military coup in Bamako.",
                 "sanctions")
    assert (signal.status, signal.dyad) == ("actual", "WB>MLI")


def test_scores_of_people_shot_dead_count_victims_not_a_match():
    signal = one("Unidentified attackers shot dead scores of people at a wedding party in a village in Zamfara state.",
                 "attack")
    assert signal.status == "actual"


def test_force_that_parties_pledge_not_to_use_is_the_pact_s_terms():
    found = signals("Ethiopia and Eritrea pledged not to threaten or use force against each other, a joint statement "
                    "issued after their leaders met in Asmara said.")
    assert max(found, key=lambda s: s.confidence).plover == "AGREE"


def test_talks_a_party_is_invited_to_are_with_it_not_the_venue():
    signal = one("Qatar invited Chad's rebel groups to resume negotiations in Doha next week.", "talks")
    assert signal.dyad == "QAT>TCD"


def test_a_refusal_beside_a_signed_pact_is_no_term_of_it():
    found = signals("Kenya signed a defence pact with Somalia but refused to send troops to Mogadishu.")
    assert ("troop_buildup", "denied", "REJECT") in {(s.type, s.status, s.plover) for s in found}


def test_aid_a_donor_pauses_is_a_sanction():
    signal = one("Washington paused $50 million in development aid to Guinea after the junta postponed elections, "
                 "the embassy said.", "sanctions")
    assert (signal.status, signal.dyad) == ("actual", "USA>GIN")


def test_a_measure_two_parties_agree_to_stop_is_their_accord():
    for text in ("Armenia and Azerbaijan agreed to halt hostile propaganda broadcasts, the foreign ministers said.",
                 "North and South Sudan agreed to halt propaganda broadcasts along their border."):
        found = signals(text)
        assert "sanctions" not in {s.type for s in found}
        assert max(found, key=lambda s: s.confidence).plover == "AGREE"


def test_north_and_south_korea_are_two_parties():
    """The actor layer codes `North and South Korea` as PRK and KOR: their talks are between them."""
    signal = one("North and South Korea held military talks at the border on Tuesday.", "talks")
    assert set(signal.dyad.split(">")) == {"PRK", "KOR"}


def test_parties_agreeing_on_a_measure_against_a_third_still_impose_it():
    found = signals("Britain and Canada agreed to impose sanctions on Iran over its drone supplies to Russia.")
    assert ("sanctions", "GBR>IRN") in {(s.type, s.dyad) for s in found}


def test_the_field_of_a_post_is_no_attack():
    assert "attack" not in {s.type for s in signals(
        "The chief of military operations of Thailand met his Cambodian counterpart at the border on Friday.")}
    assert "attack" not in {s.type for s in signals(
        "The directors general of military operations of Armenia and Azerbaijan held a call on Tuesday.")}


def test_tanks_sent_to_a_neighbour_s_border_are_deployed_not_delivered():
    """A state named by the border is the neighbour across it (`_frontier_place`), no recipient."""
    found = signals("Armenia sent tanks to the Azerbaijani border overnight.")
    assert {(s.type, s.status, s.dyad) for s in found} == {("troop_buildup", "actual", "ARM>AZE")}


def test_a_renewal_asked_for_is_a_request():
    found = signals("Mali asked the UN to extend the peacekeeping mission for six months.")
    assert max(found, key=lambda s: s.confidence).plover == "REQUEST"


def test_a_minister_expected_somewhere_for_talks_comes_to_them():
    signal = one("Iran's foreign minister is expected in Riyadh on Monday for talks with his Saudi counterpart.",
                 "talks")
    assert (signal.status, signal.plover, signal.dyad) == ("planned", "AGREE", "IRN>SAU")


def test_signing_a_named_agreement_outranks_the_talks_it_ends():
    found = signals("Serbia and Kosovo signed the Brussels Agreement at EU headquarters, ending months of "
                    "negotiations.")
    assert max(found, key=lambda s: s.confidence).plover == "AGREE"


def test_relief_arriving_with_its_carrier_is_aid():
    found = signals("Red Cross trucks reached Mekelle with 80 tonnes of medicine on Tuesday.")
    assert ("actual", "AID") in {(s.status, s.plover) for s in found}


def test_a_later_enabler_is_no_condition_on_the_arrival_before_it():
    """The parser hangs the arrival on `allowed` in the appositive after it: no power given, the convoy came."""
    found = signals("Thirty trucks laden with medicine and food entered Gaza on Sunday, the first convoy allowed into "
                    "the strip in weeks, the UN said.")
    assert ("actual", "AID") in {(s.status, s.plover) for s in found}


def test_a_breached_ceasefire_is_no_agreement():
    assert "agreement" not in {s.type for s in signals("Pakistan violated the ceasefire in the Kupwara sector on "
                                                       "Friday.")}
    found = signals("Indian and Pakistani troops traded heavy fire in Kashmir, each blaming the other for a ceasefire "
                    "violation.")
    assert max(found, key=lambda s: s.confidence).plover == "ASSAULT"


def test_a_visit_paid_or_made_is_held():
    signal = one("The Chinese foreign minister paid a visit to Moscow on Monday.", "talks")
    assert (signal.status, signal.dyad) == ("actual", "CHN>RUS")


def test_an_invasion_that_dates_a_trip_is_its_occasion():
    found = signals("The German chancellor made a surprise trip to Kyiv, her first visit since Russia's invasion.")
    assert max(found, key=lambda s: s.confidence).plover == "CONSULT"


def test_the_reason_an_appeal_gives_is_its_background():
    """A participle of saying after the appeal (`reasons_given`) gives its reason: the attack it tells ranks as an
    occasion (at most .6), below the request."""
    found = signals("Kyiv appealed to its allies to deliver more artillery shells, saying Russian forces had shelled "
                    "Kharkiv overnight.")
    assert max(found, key=lambda s: s.confidence).plover == "REQUEST"
    assert all(s.confidence <= 0.6 for s in found if s.type == "attack")


def test_maoists_are_a_party_to_an_accord():
    found = signals("The Maoists and the government agreed to a truce in the west.")
    assert ("agreement", "actual") in {(s.type, s.status) for s in found}


def test_weapons_a_promise_describes_are_delivered_when_their_verb_says_so():
    """`promised by Germany` describes the batteries; the clause's own verb says they were delivered."""
    signal = one("The Patriot batteries promised by Germany have been delivered to Ukraine.", "arms_delivery")
    assert (signal.status, signal.plover, signal.dyad) == ("actual", "AID", "DEU>UKR")


def test_nationals_evacuated_by_a_navy_are_aid():
    found = signals("Turkish navy ships evacuated 600 Turkish nationals from the Libyan port of Misrata.")
    assert ("actual", "AID") in {(s.status, s.plover) for s in found}


def test_ready_to_eat_meals_dropped_from_the_air_are_aid():
    found = signals("Jordanian aircraft airdropped 20,000 ready-to-eat meals over Khan Younis on Sunday.")
    assert ("actual", "AID") in {(s.status, s.plover) for s in found}


def test_talks_about_extending_a_truce_are_the_event():
    """The truce renewed is what the talks weigh (`proposed.deliberations`), their topic: no agreement of its own."""
    found = signals("The Norwegian mediator met rebel negotiators in Oslo on Friday to discuss extending the ceasefire "
                    "in Colombia.")
    assert max(found, key=lambda s: s.confidence).plover == "CONSULT"
    assert "agreement" not in {s.type for s in found}


def test_a_minister_expected_in_a_capital_for_talks_visits_its_state():
    signal = one("India's foreign minister is expected in Kathmandu next week for talks on border trade.", "talks")
    assert (signal.status, signal.dyad) == ("planned", "IND>NPL")


def test_meetings_an_envoy_is_expected_at_are_talks():
    signal = one("Qatar's prime minister is expected in Cairo on Sunday for meetings on the hostage deal.", "talks")
    assert (signal.status, signal.dyad) == ("planned", "QAT>EGY")


def test_an_ultimatum_is_a_threat_of_its_giver_against_the_party_given_time():
    """`gave ... until midnight to pull back or face air strikes`: time given to comply, no goods given, and the party
    given time is the one threatened."""
    found = signals("The UN gave Serbia until Friday to pull its tanks back from the enclave or face air strikes.")
    assert {(s.type, s.dyad) for s in found if s.type not in ("agreement",)} == {("threat", "UN>SRB")}
    assert "concession" not in {s.type for s in found}
    # (a deadline to leave given to a diplomat is still an expulsion)
    signal = one("Latvia gave the Russian ambassador until Friday to leave the country.", "diplomatic_rupture")
    assert (signal.status, signal.dyad) == ("actual", "LVA>RUS")


def test_an_attack_claimed_by_an_armed_group_is_no_sport_beside_a_race():
    """A named armed group is no team: the sentence is no sport sentence, and the group that claims the attack made
    it."""
    signal = one("A missile attack claimed by Hezbollah hit a fuel depot in Haifa on Sunday, a week before the city "
                 "was due to host a marathon.", "attack")
    assert (signal.status, signal.source.code) == ("actual", "HEZBOLLAH")


def test_links_of_several_kinds_cut_are_a_sanction():
    signal = one("Armenia cut all rail, road and postal links with Azerbaijan on Monday.", "sanctions")
    assert (signal.status, signal.dyad) == ("actual", "ARM>AZE")


def test_a_unit_placed_on_an_entity_list_is_listed_not_deployed():
    found = signals("China's commerce ministry placed General Dynamics' missiles unit on its unreliable entity list "
                    "over arms sales to Taiwan.")
    assert "troop_buildup" not in {s.type for s in found}
    assert "SANCTION" in {s.plover for s in found}


def test_guerrillas_surrendering_their_rifles_disarm():
    """Fighters (`combatants`) handing their weapons over as they surrender supply no one."""
    found = signals("About 120 guerrillas surrendered to government troops in the Sierra on Friday, handing over rifles "
                    "and mortars, an army colonel said.")
    assert "arms_delivery" not in {s.type for s in found}
    assert "YIELD" in {s.plover for s in found}


def test_a_mobilisation_order_issued_is_in_force_whatever_the_call_around_it():
    found = signals("The regional government called on all men of fighting age to join the fight against the "
                    "advancing rebels, in a general mobilisation order issued on Monday.")
    assert ("mobilization", "actual") in {(s.type, s.status) for s in found}


def test_troops_sent_to_keep_fighting_from_spreading_are_a_buildup():
    """A purpose that names fighting is no civil purpose, though `spill` is a hazard's word."""
    signal = one("Niger has deployed 500 soldiers to its border with Mali to stop the fighting from spilling over.",
                 "troop_buildup")
    assert (signal.status, signal.dyad) == ("actual", "NER>MLI")


def test_officers_gathering_for_talks_are_no_buildup():
    found = signals("Army officers from Sudan and South Sudan gathered in Juba on Monday for joint security committee "
                    "talks.")
    assert "troop_buildup" not in {s.type for s in found}


def test_a_third_partys_launches_two_leaders_discuss_are_not_their_joint_exercise():
    found = signals("In a phone call on Friday, German Chancellor Olaf Scholz and French President Emmanuel Macron "
                    "discussed Pyongyang's recent ballistic missile launches and closer cooperation with Seoul.")
    assert "COOPERATE" not in {s.plover for s in found}


def test_civilians_brought_out_of_a_siege_by_the_red_cross_are_aid():
    found = signals("About 80 civilians were brought out of the besieged hospital in Khan Younis by the ICRC on "
                    "Tuesday.")
    assert ("actual", "AID") in {(s.status, s.plover) for s in found}


def test_responding_with_weapons_if_provoked_is_a_threat():
    signal = one("Pyongyang could respond with nuclear weapons if Seoul deploys American missiles on its soil, a North "
                 "Korean official said.", "threat")
    assert (signal.status, signal.plover, signal.source.code) == ("threatened", "THREATEN", "PRK")


def test_provided_opens_a_condition():
    """`provided` reads as a verb of its own with no subject: its clause is a condition, so what it names is not
    done."""
    found = signals("The president said he was ready to meet the rebel leader, provided the rebels freed all their "
                    "hostages.")
    assert ("agreement", "actual") not in {(s.type, s.status) for s in found}


def test_a_materiel_sector_in_a_designation_delivers_nothing():
    """The sector a designation order names (`operating in the defense materiel sector`) is an industry, no delivery
    (a paragraph from usgov_style67)."""
    found = signals(
        '"Four years after Lukashenka claimed victory in a fraudulent election, his regime continues to brutally '
        "repress the Belarusian people and to enable Russia's war of aggression against Ukraine,\" said Deputy "
        'Secretary of the Treasury Wally Adeyemo. "Together with our British and Canadian partners, we will continue '
        'to hold the regime accountable and to stand with the people of Belarus in their aspirations for a democratic '
        'future."\n\nThe 28 entities designated today include Belarusian state-owned manufacturers of electronics, '
        "optics, and vehicle components that supply Russia's defense industry, as well as the state-owned potash "
        "exporter's logistics subsidiaries. These entities were designated pursuant to E.O. 14038 for operating or "
        "having operated in the defense materiel sector of the Belarusian economy.")
    assert "arms_delivery" not in {s.type for s in found}
    assert "sanctions" in {s.type for s in found}


def test_a_missile_test_fired_is_an_exercise_whatever_frame_its_verb_heads():
    """`test-fired` is a term of several words over `fired`: no attack frame of another kind over its head."""
    found = signals("North Korea test-fired an intercontinental ballistic missile on a lofted trajectory on Monday, "
                    "Seoul's military said, with the missile flying for 70 minutes before falling into the sea off "
                    "Hokkaido.")
    assert {(s.type, s.plover) for s in found} == {("military_exercise", "MOBILIZE")}


def test_military_planes_carrying_weapons_deliver_them():
    found = signals("Two Rwandan military planes carrying rifles and ammunition landed at Bangui's airport on Tuesday.")
    assert {(s.type, s.plover) for s in found} == {("arms_delivery", "AID")}


def test_weapons_handed_over_in_a_surrender_are_no_delivery():
    found = signals("Some 150 fighters of the People's Liberation Army of Manipur surrendered to the army on Monday, "
                    "handing over rifles and grenades, officials said.")
    assert "arms_delivery" not in {s.type for s in found}


def test_a_befitting_response_promised_is_a_threat():
    signal = strongest("Any aggression against our territory will be met with a befitting response, Azerbaijan's "
                       "defence minister told troops at the front.")
    assert (signal.type, signal.plover) == ("threat", "THREATEN")


def test_an_ultimatum_with_an_alternative_is_a_threat_whatever_the_alternative():
    """A deadline whose demand has an `or` (`or be removed`) is an ultimatum, though no threat word is said."""
    signal = strongest("Mali's junta gave the French ambassador's deputy until Friday to hand over the embassy "
                       "archives or be escorted to the airport, the foreign ministry said.")
    assert (signal.type, signal.status) == ("threat", "actual")


def test_an_ultimatum_stands_beside_what_it_demands():
    found = signals("NATO gave Serb forces seven days to withdraw their guns from around Bihac or hand them over to UN "
                    "control, otherwise they would face air strikes.")
    assert ("threat", "NATO>SRB") in {(s.type, s.dyad) for s in found}


def test_a_possible_sale_notified_to_congress_is_approved():
    """The notice to Congress makes the approved sale known: `possible` is the notice's legal wording, no doubt."""
    signal = one("The Defense Security Cooperation Agency notified Congress on Tuesday of a possible sale of 40 F-16 "
                 "fighter jets to Turkey.", "arms_delivery")
    assert (signal.status, signal.plover, signal.target.code) == ("actual", "AID", "TUR")


def test_fire_exchanged_with_soldiers_is_fighting_no_prisoner_exchange():
    """`exchanged fire` is a term: `with soldiers` names whom the fire was exchanged with, no prisoners exchanged."""
    found = signals("Gunmen exchanged fire with soldiers for two hours outside the barracks in Diffa, residents said.")
    assert {(s.type, s.plover) for s in found} == {("attack", "ASSAULT")}
    exchange = signals("Ethiopia exchanged 40 soldiers with Eritrea at the Zalambessa crossing on Sunday.")
    assert "attack" not in {s.type for s in exchange}


def test_an_act_named_as_an_issue_is_a_matter_not_an_event():
    found = signals("Kishida said a summit was needed to settle the kidnapping issue with North Korea.")
    assert "attack" not in {s.type for s in found}


def test_what_an_ultimatum_demands_is_not_done():
    """The act a deadline is given for is demanded (the ultimatum is the threat), also where the parser hangs the
    time on the place the party is in."""
    found = signals("Al-Shabaab gave soldiers in Baidoa 72 hours to hand over their weapons and leave, warning that "
                    "the base would otherwise be overrun.")
    assert {s.type for s in found} == {"threat"}
    found = signals("The army gave the militia until Sunday to disarm or surrender its rifles, or face an assault.")
    assert {s.type for s in found} <= {"threat", "attack"} and "arms_delivery" not in {s.type for s in found}


def test_troops_anywhere_in_the_list_of_what_is_sent_move_forces():
    signal = strongest("Norway sent self-propelled howitzers and 600 soldiers to Finnmark on Thursday, the defence "
                       "staff said.")
    assert (signal.type, signal.plover) == ("troop_buildup", "MOBILIZE")
    delivery = strongest("Norway sent self-propelled howitzers and ammunition to Ukraine on Thursday.")
    assert (delivery.type, delivery.plover) == ("arms_delivery", "AID")


def test_aid_payments_postponed_or_imports_capped_are_sanctions():
    signal = strongest("The World Bank postponed a $300 million budget support loan to Mali after the second coup.")
    assert (signal.type, signal.status) == ("sanctions", "actual")
    signal = strongest("The Security Council voted to cap Iran's arms imports and ban its officials from travel.")
    assert signal.type == "sanctions"


def test_what_leaders_discuss_in_a_phone_call_is_discussed():
    """The call a discussion is held in is held: no proposal, whatever `discussed` says of its topic."""
    found = signals("Egypt's president and the Emir of Qatar discussed steps to ease tensions in Gaza in a telephone "
                    "call on Sunday, the presidency said.")
    assert {(s.type, s.status, s.plover) for s in found} == {("talks", "actual", "CONSULT")}


def test_weapons_a_state_would_use_on_a_condition_are_a_threat():
    signal = strongest("Pyongyang would use its nuclear weapons pre-emptively in the event of an attack on its "
                       "leadership, the party newspaper said.")
    assert (signal.type, signal.status) == ("threat", "threatened")
    assert signals("Growers will use spraying drones if the locust swarms return next spring.") == []


def test_ammunition_given_to_critics_is_a_figure_of_speech():
    assert signals("Kenya's decision to raise fuel taxes handed ammunition to critics of President Ruto, opposition "
                   "lawmakers said.") == []


def test_a_budget_overrun_is_no_attack():
    """An attack noun an economic quantity modifies (`cost`, `budget`) is a figure of the books."""
    assert signals("A cost overrun on the navy's frigate programme drew criticism from Canadian lawmakers.") == []
    assert one("Rebels overran two army outposts near the Chadian border, the governor said.", "attack")


def test_an_act_not_ruled_out_is_threatened():
    """A refusal negated keeps the act open: `would not rule out a military option` threatens, it denies nothing."""
    signal = one("Paris would not rule out a military option in Niger, the French defence minister said.", "threat")
    assert (signal.status, signal.plover) == ("threatened", "THREATEN")
    signal = one("Lithuania did not exclude new sanctions on Minsk, its foreign minister said.", "sanctions")
    assert (signal.status, signal.dyad) == ("threatened", "LTU>BLR")
    assert one("Kyiv ruled out talks with Moscow, the foreign minister said.", "talks").status == "denied"


def test_the_agent_of_a_passive_read_as_active_makes_the_accord():
    """The parser may read `a truce, agreed in Moscow by A and B, took effect` as `a truce agreed`: the `by` names who
    agreed, not the truce."""
    signal = one("A truce in Nagorno-Karabakh, agreed in Moscow by Armenia and Azerbaijan days after shelling hit "
                 "Ganja, took effect at noon.", "agreement")
    assert (signal.status, signal.dyad) == ("actual", "ARM>AZE")


def test_the_noun_an_object_word_modifies_names_the_receiver():
    signal = one("Deliveries of the first S-300 air defence squadron to Egypt began this month, officials in Cairo "
                 "said.", "arms_delivery")
    assert (signal.status, signal.target.code) == ("actual", "EGY")


def test_the_subject_after_an_opening_participle_phrase_acts():
    """`Meeting in Doha after a week of talks, envoys ... signed`: the parser may read the participle as the subject;
    the noun phrase after its comma is."""
    signal = one("Meeting in Doha after a week of talks hosted by Qatar, envoys of Sudan's army and the Rapid Support "
                 "Forces signed a ceasefire, Qatari officials said.", "agreement")
    assert (signal.status, signal.source.code) == ("actual", "SDN")


def test_systems_knocked_out_are_their_owners():
    """The state a cyberattack's object belongs to is the one attacked, not the attacker."""
    signal = one("Iranian hackers knocked Albanian government websites offline for two days.", "cyberattack")
    assert (signal.status, signal.dyad) == ("actual", "IRN>ALB")
    assert one("Russian hackers breached the networks of the German parliament.", "cyberattack").dyad == "RUS>DEU"


def test_a_deadline_hung_on_the_partys_relative_clause_is_an_ultimatum():
    """`gave the officers who seized power two weeks to ...`: the parser hangs the span on the relative clause."""
    signal = one("The African Union gave the officers who seized power in Gabon two weeks to restore civilian rule "
                 "or face suspension.", "threat")
    assert (signal.plover, signal.source.code) == ("THREATEN", "AU")


def test_a_meeting_where_an_act_is_done_is_its_setting():
    signal = strongest("At an emergency summit in Abuja, ECOWAS leaders ordered the activation of the bloc's standby "
                       "force.")
    assert signal.type == "mobilization"


def test_talks_with_a_party_the_gazetteer_cannot_code_are_held():
    assert one("The ECOWAS envoy held a second day of talks with the junta.", "talks").status == "actual"
    signal = one("The Qatari envoy said his talks with the officers who seized power in Niamey had been difficult.",
                 "talks")
    assert (signal.status, signal.source.code) == ("actual", "QAT")


def test_sanctions_phased_out_are_lifted():
    signal = strongest("Under the deal, Washington will phase out its banking sanctions on Tehran.")
    assert (signal.type, signal.plover) == ("agreement", "AGREE")


def test_bought_vehicles_flown_in_are_delivered_not_deployed():
    """Goods a participle calls bought (`purchased by the Kenyan government`) are a purchase reaching its buyer."""
    found = signals("Armoured vehicles purchased by the Kenyan government were flown into Mombasa aboard American and "
                    "British military aircraft on Saturday, officials said.")
    assert [(s.type, s.target.code) for s in found] == [("arms_delivery", "KEN")]


def test_what_a_warship_is_armed_with_is_no_delivery():
    assert signals("The Indian destroyer is armed with BrahMos missiles and torpedo launchers, the navy said.") == []
    assert one("Iran armed the Houthi rebels with drones and missiles.", "arms_delivery").dyad == "IRN>HOUTHIS"


def test_a_ban_that_punishes_is_a_sanction_whoever_it_names():
    signal = one("Ankara banned money transfers to the enclave as punishment for the vote, officials said.",
                 "sanctions")
    assert (signal.status, signal.source.code) == ("actual", "TUR")


def test_a_verb_joined_to_a_measure_is_no_object_of_it():
    """`halted gas deliveries and banned wine imports`: the ban is a second measure, not a restriction lifted."""
    signal = strongest("Moscow halted gas deliveries to Chisinau and banned Moldovan wine imports as punishment for "
                       "the vote.")
    assert (signal.type, signal.dyad) == ("sanctions", "RUS>MDA")


def test_former_soldiers_called_up_are_mobilised():
    signal = one("Armenia called up former soldiers under the age of 50, the defence ministry said.", "mobilization")
    assert (signal.status, signal.source.code) == ("actual", "ARM")


def test_the_subject_set_off_before_a_participle_or_apposition_acts():
    """The parser may read `A and B, meeting in Sochi ..., signed` with `signed` hung on the participle, `X, rivals
    since ..., signed` with the apposition as the subject, and `Meeting in ..., envoys of A and B signed` with the
    envoys joined to the participle: the party named is the one that signs."""
    signal = one("Georgian President Eduard Shevardnadze and Russian President Boris Yeltsin, meeting in Sochi weeks "
                 "after fighting in Abkhazia killed hundreds, signed an accord on Friday ending hostilities on the "
                 "Inguri.", "agreement")
    assert (signal.trigger, signal.dyad) == ("signed", "GEO>RUS")
    signal = one("Diplomats from Delhi and Islamabad, rivals since the partition of 1947, signed a landmark water pact "
                 "in Karachi on Tuesday.", "agreement")
    assert signal.dyad == "IND>PAK"
    signal = one("Meeting in the Kenyan capital under IGAD and UN auspices, envoys of South Sudan's government and the "
                 "SPLM-IO signed a ceasefire late on Sunday, the mediators said.", "agreement")
    assert (signal.status, signal.source.code) == ("actual", "SSD")


def test_a_staging_of_tanks_is_a_buildup():
    signal = one("NATO said it was watching a staging of Russian tanks and artillery along the Belarusian border.",
                 "troop_buildup")
    assert (signal.status, signal.source.code) == ("actual", "RUS")


def test_the_rifles_gunmen_carry_are_no_delivery():
    found = signals("Masked gunmen carrying assault rifles stormed a village in Zamfara, killing 12 people.")
    assert [s.type for s in found] == ["attack"]
    assert one("Two Il-76 planes carrying Russian air defence systems landed in Caracas.", "arms_delivery")


def test_what_a_party_calls_a_target_is_a_name_not_a_call():
    found = signals("Israeli jets struck what the army called Hamas command centres in Gaza City overnight.")
    assert [s.type for s in found] == ["attack"]
    assert one("Macron called Putin on Sunday to press for a ceasefire, the Elysee said.", "talks").dyad == "FRA>RUS"


def test_ammunition_for_opposition_lawmakers_and_drone_deliveries_of_samples_are_no_arms():
    assert not escalating("The budget blowout handed fresh ammunition to opposition lawmakers, who called for the "
                          "minister to resign.")
    assert not escalating("Zipline completed the first drone delivery of blood samples to a hospital in Rwanda's "
                          "Western Province.")


def test_a_clause_after_the_occasion_is_the_news():
    """`Two days after clashes left nine dead, the minister flew to the city to meet`: the parser may join the main
    clause to the `after` clause; a clause with its own subject after the comma is no part of the occasion."""
    signal = strongest("Two days after clashes with police left nine dead in Puno, Peru's interior minister flew to "
                       "the city to meet protest leaders, his office said.")
    assert (signal.type, signal.source.code) == ("talks", "PER")


def test_a_charge_denied_denies_the_charge_not_the_measure():
    signal = one("Bahrain and the United Arab Emirates cut diplomatic ties with Qatar on Monday, accusing Doha of "
                 "backing terrorism, a charge Qatar denied.", "diplomatic_rupture")
    assert (signal.status, signal.dyad) == ("actual", "BHR>QAT")


def test_a_border_closed_with_a_state_is_a_measure_against_it_but_not_for_a_storm():
    signal = one("Poland closed its border with Belarus on Monday.", "sanctions")
    assert (signal.status, signal.dyad) == ("actual", "POL>BLR")
    assert signals("Mexico closed its border with Guatemala for 48 hours as Hurricane Agatha approached.") == []


def test_platoons_deployed_are_a_buildup():
    signal = one("Bangladesh deployed additional platoons along the Naf river on Tuesday.", "troop_buildup")
    assert (signal.status, signal.source.code) == ("actual", "BGD")


def test_fighting_resumed_on_a_condition_is_a_threat_of_its_subject():
    """A gerund object is done by its verb's subject (`will resume fighting`), and so is an `armed struggle`."""
    signal = one("Polisario said it would resume fighting unless Morocco withdrew its troops.", "threat")
    assert (signal.status, signal.source.code) == ("threatened", "POLISARIO")
    signal = one("The Tamil Tigers said they would resume their armed struggle unless the army left Jaffna.", "threat")
    assert (signal.status, signal.source.code) == ("threatened", "LTTE")


def test_a_named_force_s_units_are_its_party():
    """`Transnistrian Republican Guard units ... have shelled`: the units of a force the gazetteer cannot code act
    under its name."""
    signal = one("Abkhaz State Security Service units, backed by volunteers from the north, have shelled police posts "
                 "near Gali, Georgian officials said.", "attack")
    assert signal.status == "actual" and signal.source.name.endswith("units")


def test_tariffs_raised_on_a_state_s_goods_are_a_sanction():
    signal = one("Ankara raised tariffs on all imports from Armenia to 80 percent on Friday.", "sanctions")
    assert (signal.status, signal.dyad) == ("actual", "TUR>ARM")


def test_fire_engines_sent_to_help_a_neighbour_are_aid():
    signal = strongest("Slovenia sent 12 fire engines to Croatia on Sunday to help crews battling wildfires near "
                       "Split.")
    assert (signal.plover, signal.dyad) == ("AID", "SVN>HRV")


def test_or_not_after_an_alternative_negates_nothing():
    """`whether Armenia wants it or not, Aliyev warned`: the parser may hang the `not` on the next verb."""
    signal = one("Belgrade will open the crossing 'whether Pristina likes it or not', President Tomislav Nikolic "
                 "warned in a radio interview, suggesting that Serbia was prepared to use force if Pristina kept "
                 "stalling.", "threat")
    assert signal.status == "threatened"


def test_a_participle_describing_the_party_warned_is_no_order():
    """`warned soldiers patrolling the river to leave`: the patrol describes the soldiers (the parser may hang it on
    the verb as its complement); the warning is the threat, no deployment ordered."""
    found = signals("A dissident faction warned Peruvian soldiers patrolling the Putumayo river to leave or be "
                    "treated as military targets, according to pamphlets circulated in the town.")
    assert [s.type for s in found] == ["threat"]


def test_a_warning_of_what_would_otherwise_follow_is_a_threat():
    signal = one("Tanzania gave the refugee agency 30 days to present a repatriation plan, warning it would "
                 "otherwise send the camps' residents back to Burundi.", "threat")
    assert (signal.status, signal.source.code) == ("threatened", "TZA")


def test_a_government_that_would_retaliate_is_a_party_not_a_thing_at_risk():
    """`her government would retaliate with tariffs of its own if`: an actor noun names a party; only a thing as the
    subject (`coal plant closures could threaten supply`) puts another at risk with no one threatening."""
    signal = strongest("Brazil's president said his government would retaliate with tariffs of its own if "
                       "Washington raised duties on Brazilian steel.")
    assert (signal.type, signal.status, signal.source.code) == ("threat", "threatened", "BRA")
    assert signals("Coal plant closures could threaten supply this winter, the grid operator warned.") == []


def test_an_act_in_a_present_clause_under_before_or_until_is_yet_to_come():
    """`gave the rebels 72 hours to surrender before the army begins its assault`: the assault has not begun."""
    signal = one("The junta gave the rebels 48 hours to lay down their arms before the army begins its assault on "
                 "the town.", "attack")
    assert (signal.status, signal.plover) == ("planned", "THREATEN")
    assert one("The rebels shelled the town before the army arrived.", "attack").status == "actual"


def test_a_leader_who_flew_in_for_talks_held_them():
    """`flew in for talks with the Transitional Military Council`: flying is a way to come to a meeting, as travel is."""
    signal = strongest("Days after clashes in Juba killed dozens, Kenya's president flew in for talks with the Sudan "
                       "People's Liberation Movement, officials said.")
    assert (signal.type, signal.status, signal.source.code) == ("talks", "actual", "KEN")


def test_a_subject_marked_neither_denies_its_verb_for_every_party_it_names():
    """`agreed that neither Venezuela nor Guyana would threaten or use force`: no one is threatened."""
    assert not escalating("The two leaders agreed that neither Sudan nor South Sudan would threaten the other.")
    assert one("Neither Russia nor China has imposed sanctions on Iran.", "sanctions").status == "denied"
    assert one("Neither Eritrea nor Ethiopia has moved troops to the border, the UN said.",
               "troop_buildup").status == "denied"
    assert one("Eritrea has moved troops to the border, the UN said.", "troop_buildup").status == "actual"


def test_lifted_asset_freezes_are_undone_though_the_parser_reads_them_as_a_clause():
    """`lifted asset freezes`: the small model reads `asset` as the subject of a verb `freezes`; what is lifted is a
    measure undone, no measure taken."""
    signal = strongest("The European Union lifted asset freezes and travel bans on 12 Zimbabwean officials on Monday.")
    assert (signal.type, signal.plover, signal.source.code, signal.target.code) == ("agreement", "YIELD", "EU", "ZWE")
    assert not escalating_of("Washington eased asset freezes on three Venezuelan banks.", "sanctions")
    assert one("Britain imposed asset freezes on three Russian banks.", "sanctions").status == "actual"


def test_what_a_measure_stops_beside_its_own_object_is_stopped_too():
    """`suspended high-level visits and some financial assistance to Kosovo`: the assistance is cut, not given."""
    found = signals("Washington cut diplomatic ties and military assistance to the junta in Niamey.")
    assert [s.type for s in found] == ["diplomatic_rupture"]
    found = signals("The bloc suspended ministerial visits and budget support to Bamako after the coup.")
    assert [s.type for s in found] == ["diplomatic_rupture"]


def test_an_answering_verb_met_with_what_the_parser_made_a_clause_is_no_meeting():
    """`would be met with "fire and fury like the world has never seen"`: the parser hangs a clause on `with`;
    a reception, no talks."""
    found = signals('The prime minister vowed that Iran would be met with "fire and fury like the world has never '
                    'seen" if it kept threatening Israel.')
    assert not [s for s in found if s.type == "talks"]
    assert one("Kim was met by Putin at the airport in Vladivostok.", "talks").status == "actual"


def test_hackers_from_a_state_are_its_own():
    """`Hackers from North Korea's TraderTraitor group ... stole`: the attackers' `from` names whose they are, as it
    does for envoys and officials."""
    signal = one("Hackers from Iran broke into the computer network of an Albanian ministry, officials in Tirana "
                 "said.", "cyberattack")
    assert signal.source.code == "IRN"


def test_a_party_prepared_to_go_to_war_threatens_it():
    """`warned that Mogadishu was prepared to go to war to stop Ethiopia`: a war threatened; one gone to in the past
    was fought."""
    signal = strongest("Eritrea's president warned that Asmara was ready to go to war to stop Ethiopia from seizing "
                       "the port of Assab.")
    assert (signal.type, signal.plover, signal.source.code) == ("threat", "THREATEN", "ERI")
    assert one("Peru and Ecuador went to war in 1995 over a strip of jungle.", "attack").status == "actual"


def test_a_party_due_somewhere_for_talks_has_not_held_them_yet():
    """`is due in Athens on Monday for talks`: `due` says what the copula's phrases name is to come, as `expected in`
    does; `was in Athens for talks` held them."""
    signal = one("Serbia's foreign minister is due in Budapest on Thursday for talks with his Hungarian counterpart.",
                 "talks")
    assert (signal.status, signal.plover) == ("planned", "AGREE")
    assert one("Serbia's foreign minister was in Budapest on Thursday for talks with his Hungarian counterpart.",
               "talks").status == "actual"


def test_a_return_to_armed_struggle_is_an_event_of_the_sentence():
    """`would return to armed struggle if the government did not lift the restrictions`: a threat of force; a return
    told as done is the fighting resumed."""
    signal = strongest("The Karen National Union said it would return to armed struggle if the army did not pull its "
                       "troops back from Hpapun district within a month.")
    assert (signal.type, signal.status, signal.plover) == ("threat", "threatened", "THREATEN")
    assert one("Maoist rebels returned to armed struggle in Nepal's west after talks collapsed.",
               "attack").status == "actual"


def test_troops_pulled_out_in_line_with_an_accord_do_not_leave_the_accord():
    """`began pulling out of South Sudan in line with the August peace accord`: the accord is what the withdrawal
    keeps to, no treaty left."""
    signal = strongest("Rwandan troops began pulling out of Congo on Friday in line with the Pretoria agreement, the "
                       "army said.")
    assert (signal.type, signal.plover, signal.source.code) == ("agreement", "YIELD", "RWA")
    assert one("Burundi pulled out of the Arusha accord on Monday, the foreign ministry said.",
               "diplomatic_rupture").status == "actual"


def test_a_vehicle_one_travels_by_is_not_delivered():
    """`has flown by helicopter to the rebel-held town for a meeting`: how the envoy came, no helicopter sent."""
    found = signals("Japan's special envoy has flown by helicopter to the rebel-held town of Laiza for a meeting with "
                    "Kachin rebel leaders.")
    assert [s.type for s in found] == ["talks"]
    assert one("France flew a helicopter to Chad.", "arms_delivery").target.code == "TCD"


def test_a_business_named_only_in_the_condition_of_a_threatened_attack_leaves_it_a_threat():
    """`would attack Vietnamese outposts ... if drilling by Spain's Repsol went ahead`: the firm is what the threat
    warns against, no market scene."""
    signal = strongest("Ankara told Nicosia it would strike Cypriot patrol boats if drilling by Italy's Eni went ahead "
                       "off the island, diplomats said.")
    assert (signal.type, signal.status, signal.plover) == ("threat", "threatened", "THREATEN")
    assert not escalating("The chain said it would attack the market with cheaper phones if its rival cut prices.")


def test_a_purchase_described_on_a_shipment_that_is_delivered_is_that_delivery():
    """`the first shipment of artillery ammunition procured under the Czech initiative has been delivered to
    Ukraine`: the buyer's participle describes the goods; the delivery is the clause's own verb."""
    signal = one("The second shipment of 155mm shells procured under the Danish-led scheme has been delivered to "
                 "Ukraine, the defence ministry in Copenhagen said.", "arms_delivery")
    assert (signal.status, signal.target.code) == ("actual", "UKR")
