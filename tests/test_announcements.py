"""Notices of measures: a measure sentence that names no issuer takes the issuer the document names acting."""
from functools import partial

import pytest

from pipeline.actors import find_actors
from pipeline.extract import analyze_doc
from pipeline.nlp import load_nlp
from pipeline.signals import find_signals, headline_issuer

FREEZE = "Nine shipping firms have been added to the list and are now subject to an asset freeze."


def signals(text):
    doc = load_nlp()(text)
    return find_signals(doc, find_actors(doc))


def escalations(text, kind):
    return [s for s in signals(text) if s.type == kind and s.status in ("actual", "planned")]


def sources(text, kind):
    return {s.source.code for s in escalations(text, kind) if s.source}


def headline_sources(body, headline, kind):
    """Sources of the body's signals of a kind, its headline given beside it as the extract stage gives it."""
    nlp = load_nlp()
    analysis = analyze_doc("notice", nlp(body), partial(nlp, headline))
    return {s.source.code for s in analysis.signals if s.source and s.type == kind}


@pytest.mark.parametrize("notice, issuer", [
    ("On 3 March the Office of Financial Sanctions Implementation published a notice on the Syria regime. " + FREEZE
     + " Banks must report any frozen accounts within ten days.", "GBR"),
    ("Given the continued attacks on shipping, the Government of Japan has decided to implement the measures set out "
     "below. Freezing of assets of 12 individuals and 4 entities linked to the Houthis. Prohibition of payments to "
     "the persons concerned.", "JPN"),
    ("The Security Council Committee established pursuant to resolution 1533 approved the addition of two armed "
     "group leaders to its sanctions list on Friday. The two men are subject to the travel ban and assets freeze "
     "measures.", "UNSC"),
    ("The Swiss Federal Council decided to adopt the measures of the EU's latest package. " + FREEZE, "CHE"),
])
def test_a_notice_lends_its_issuer_to_a_measure_that_names_none(notice, issuer):
    assert issuer in sources(notice, "sanctions")


def test_the_same_freeze_in_news_with_no_issuing_act_is_no_signal():
    story = ("A tanker owned by one of the firms ran aground off Gibraltar on Tuesday. " + FREEZE
             + " The crew of 21 was rescued by a lifeboat.")
    assert escalations(story, "sanctions") == []


def test_a_delisting_notice_lends_no_issuer_to_the_measure_it_withdraws():
    notice = ("The Security Council Committee established pursuant to resolution 1518 approved the removal of one "
              "entry from its list of individuals and entities subject to the assets freeze. The individual had "
              "requested delisting through the Focal Point.")
    assert escalations(notice, "sanctions") == []


def test_an_issuer_that_would_only_be_allowed_to_act_lends_nothing():
    notice = ("The draft law would allow Switzerland to adopt sanctions on its own. The persons concerned are subject "
              "to an asset freeze under the current rules.")
    assert "CHE" not in {s.source.code for s in signals(notice) if s.source and s.status == "actual"}


def test_the_target_still_comes_from_the_measure_sentence():
    notice = ("Canada has decided to impose further measures. Travel bans were imposed on four officials of "
              "Nicaragua's government.")
    found = escalations(notice, "sanctions")
    assert any(s.source and s.source.code == "CAN" and s.target and s.target.code == "NIC" for s in found), found


def test_a_passive_delivery_in_a_donation_notice_is_the_donor_s():
    notice = ("Portugal has approved a new military support package for Ukraine. Under the package, 20 armoured "
              "vehicles and artillery ammunition were handed over to the Ukrainian armed forces last week.")
    assert "PRT" in sources(notice, "arms_delivery")


@pytest.mark.parametrize("text", [
    "Lawyers argued that the Embargo Act of 1807 ruined New England's merchants.",
    "The Russia Sanctions Act 2022 is the legal basis of New Zealand's regime, a professor wrote.",
])
def test_a_law_named_after_a_measure_is_no_measure(text):
    assert escalations(text, "sanctions") == []


def test_an_adopted_act_takes_the_measures_its_recitals_say_should_be_taken():
    act = ("THE COUNCIL OF THE EUROPEAN UNION, Having regard to Council Decision 2012/642/CFSP, Whereas: (1) Given the "
           "continued repression, four judges should be added to the list of persons subject to restrictive measures "
           "in Annex I. HAS ADOPTED THIS DECISION: Article 1. Annex I shall be amended as set out in the Annex.")
    assert "EU" in sources(act, "sanctions")


def test_a_recommendation_outside_an_adopted_act_stays_a_proposal():
    text = "The European Parliament said four judges should be added to the list of persons subject to restrictive measures."
    assert escalations(text, "sanctions") == []


def test_the_headline_names_the_issuer_of_a_body_that_names_none():
    story = "Twelve shipping companies have been added to the list and are now subject to an asset freeze."
    assert headline_sources(story, "Iran: Australia lists twelve shipping firms", "sanctions") == {"AUS"}


def test_a_headline_owner_is_no_issuer():
    headline = load_nlp()("Russia's war against Ukraine: Council lists nine more individuals")
    assert headline_issuer(headline, find_actors(headline)) is None


def test_rules_that_firms_must_comply_with_are_no_measure_taken():
    text = ("The Ministry of Economy has published a handbook to help exporters comply with Korea's export control "
            "regulations.")
    assert escalations(text, "sanctions") == []


def test_a_ban_on_dealings_is_a_sanction():
    notice = "Under the new regulations, Canada has imposed a dealings ban on 14 entities."
    assert "CAN" in sources(notice, "sanctions")


def test_a_power_given_to_adopt_sanctions_is_not_a_plan_to_adopt_them():
    text = "The bill would enable Norway to impose sanctions on foreign officials without waiting for the EU."
    assert escalations(text, "sanctions") == []


def test_an_embargo_on_arms_is_no_arms_delivery():
    text = "The Council said the existing embargo on arms and equipment for Belarus remains in place."
    assert escalations(text, "arms_delivery") == []


def test_a_measure_stated_as_the_state_of_the_assets_is_the_notice_s():
    notice = ("The Swiss Federal Council decided to adopt the measures. The funds of the persons concerned are frozen "
              "and their accounts remain blocked.")
    assert "CHE" in sources(notice, "sanctions")
    assert escalations("The lake is frozen and the mountain roads remain blocked after the storm.", "sanctions") == []


def test_a_name_taken_off_a_list_is_no_listing():
    listed = "The US Treasury added the shipping firm to its Specially Designated Nationals list on Friday."
    assert "USA" in sources(listed, "sanctions")
    assert escalations(listed.replace("added", "removed").replace(" to ", " from "), "sanctions") == []


def test_no_longer_subject_to_a_measure_is_a_measure_lifted():
    notice = ("The Swiss Federal Council decided to adopt the measures. The ship's owners are {}subject to the asset "
              "freeze.")
    assert "CHE" in sources(notice.format(""), "sanctions")
    assert escalations(notice.format("no longer "), "sanctions") == []


def test_assets_frozen_in_a_state_are_frozen_by_it():
    assert "AUT" in sources("Assets worth 40 million euros have been frozen in Austria under the sanctions regime.",
                            "sanctions")


def test_a_relative_clause_on_the_list_states_the_measure():
    body = "Twelve officials have been added to the list of foreigners whose entry is prohibited."
    assert headline_sources(body, "Estonia bans entry of Russian officials", "sanctions") == {"EST"}


def test_a_term_whose_modifier_is_coordinated_still_names_it():
    assert "ROU" in sources("Romania will provide military and logistical support to Moldova.", "arms_delivery")
    assert escalations("Romania will provide logistical support to Moldova.", "arms_delivery") == []


def test_weapons_bought_for_another_state_are_supplied_to_it():
    found = escalations("Denmark will buy 20 howitzers for Ukraine from a French manufacturer.", "arms_delivery")
    assert any(s.source and s.source.code == "DNK" and s.target and s.target.code == "UKR" for s in found), found
    bought = escalations("Poland bought 250 tanks from South Korea.", "arms_delivery")
    assert all(s.target and s.target.code == "POL" for s in bought) and bought


def test_a_list_of_weapons_to_be_supplied_is_a_delivery_but_a_past_seizure_by_someone_is_no_measure():
    found = escalations("The Belgian Ministry of Defence is drawing up the list of weapons to be supplied to Ukraine "
                        "from army stocks.", "arms_delivery")
    assert any(s.target and s.target.code == "UKR" for s in found), found
    seized = "Property seized by the army in the 1970s must be returned, the farmers said."
    assert escalations(seized, "sanctions") == []


def test_where_a_delivery_arrives_is_its_recipient_not_its_supplier():
    notice = ("The Ministry of Defence has decided to provide a further package of military assistance. Shipments of "
              "artillery ammunition are arriving in Ukraine every week.")
    assert "UKR" not in sources(notice, "arms_delivery")


@pytest.mark.parametrize("notice, issuer", [
    # a participle's noun is what its agent adopted
    ("The Minister of Justice has signed an order giving effect to the restrictive measures adopted by the Council of "
     "the European Union last week. Under the order, the bank accounts of 14 persons are frozen.", "EU"),
    # a governing body whose clause names its owner
    ("The Council has added three militia commanders to the list of persons subject to restrictive measures under "
     "the EU's framework on Sudan. The listed persons are subject to an asset freeze.", "EU"),
])
def test_a_notice_finds_its_issuer_in_a_participle_or_an_owned_framework(notice, issuer):
    assert issuer in sources(notice, "sanctions")


def test_an_obligation_a_notice_places_on_banks_is_the_measure_in_force():
    notice = ("The Monetary Authority of Singapore has amended its regulations to give effect to new designations. "
              "Banks must immediately freeze any funds of the designated persons held with them.")
    assert {s.status for s in escalations(notice, "sanctions")} == {"actual"}


def test_a_headline_subject_parsed_as_a_compound_is_the_issuer():
    body = "Their assets in the Union will be frozen and they will be barred from entering."
    assert "EU" in headline_sources(body, "Belarus: EU sanctions four persons over election fraud", "sanctions")


@pytest.mark.parametrize("notice", [
    "The Office of Trade Sanctions Implementation has published guidance on how to register to use a licence.",
    "Exporters may rely on general licences issued under UK sanctions regulations, the guidance explains.",
])
def test_a_measure_word_in_an_office_name_or_a_body_of_rules_is_no_measure(notice):
    assert escalations(notice, "sanctions") == []


def test_a_drawdown_serves_the_state_its_purpose_clause_names():
    memo = ("I hereby direct the drawdown of up to $80 million in defense articles and services of the Department of "
            "Defense to provide assistance to Taiwan.")
    assert any(s.target and s.target.code == "TWN" for s in escalations(memo, "arms_delivery"))


def test_a_buyer_requesting_to_buy_weapons_is_a_planned_purchase():
    notice = "The Government of Chile has requested to buy 40 Stinger missiles and related equipment."
    assert [s.status for s in escalations(notice, "arms_delivery")] == ["planned"]


@pytest.mark.parametrize("notice, issuer", [
    # a regulator named for its state
    ("The Financial Intelligence Unit of Malta has included three individuals in the national list of persons "
     "subject to targeted financial sanctions.", "MLT"),
    # an act named for its issuer, acting in a relative clause
    ("The Central Bank of Cyprus draws the attention of banks to Council Implementing Regulation (EU) 2025/12, which "
     "adds nine persons to the list of persons subject to restrictive measures.", "EU"),
    # a legal act as the subject of an everyday measure word
    ("FinCEN today issued an order under the Kingpin Sanctions Act against a Panama-based casino operator. The order "
     "prohibits covered financial institutions from processing any transfer to or from the operator.", "USA"),
    # a government named without its state governs where the notice obliges banks
    # a measure taken by a legal act of a state's minister
    ("By decree of the Minister of Economy of Lithuania, the assets of four companies controlled by Belarusian state "
     "enterprises were frozen.", "LTU"),
    ("By regulation of 4 May, the Government has imposed an asset freeze on two companies linked to the Wagner "
     "Group. Maltese banks must report any accounts held by them.", "MLT"),
])
def test_a_notice_finds_an_issuer_it_names_only_by_its_office_or_its_act(notice, issuer):
    assert issuer in sources(notice, "sanctions")


@pytest.mark.parametrize("notice", [
    "Two individuals have been entered on the Consolidated List by the Sanctions Committee.",
    "The Financial Information Unit has included five individuals and two entities in the Local Terrorist List.",
    "The Financial Information Unit has ordered the freezing of all assets belonging to the cartel.",
])
def test_listing_and_freezing_by_a_state_body_are_sanctions(notice):
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("story", [
    "UNESCO added the old town of Berat to the World Heritage List on Tuesday.",
    "The club added two young strikers to its squad list before the deadline.",
])
def test_adding_sites_or_players_to_a_list_is_no_sanction(story):
    assert escalations(story, "sanctions") == []


@pytest.mark.parametrize("notice, source, target", [
    ("The first Gripen fighter jets transferred by Sweden have arrived in Hungary, the defence ministry said.",
     "SWE", "HUN"),
    ("The first 20 Leopard tanks purchased from Germany arrived in Lithuania on Sunday.", "DEU", "LTU"),
    ("The Royal Thai Navy took delivery of two corvettes at a ceremony in Sattahip on Friday.", None, "THA"),
    ("Japan will finance radars and coastal patrol boats for the Philippine Navy under its security assistance.",
     "JPN", "PHL"),
])
def test_a_delivery_told_by_its_arrival_purchase_receipt_or_financing(notice, source, target):
    found = escalations(notice, "arms_delivery")
    assert any((s.source and s.source.code) == source and (s.target and s.target.code) == target for s in found)


@pytest.mark.parametrize("notice, source, target", [
    ("Canada handed over four mine-clearing vehicles to the Armed Forces of Ukraine at a ceremony in Lviv.",
     "CAN", "UKR"),
    ("Spain delivered two field hospitals and twelve trucks to the Mauritanian Army in Nouakchott on Monday.",
     "ESP", "MRT"),
])
def test_whatever_kit_a_state_hands_to_an_armed_service_is_materiel(notice, source, target):
    found = escalations(notice, "arms_delivery")
    assert any((s.source and s.source.code) == source and (s.target and s.target.code) == target for s in found)


def test_a_notice_that_obliges_persons_in_a_state_to_freeze_is_that_states_measure():
    notice = ("The Minister has declared three individuals to be designated persons. Any person in Singapore "
              "holding funds of the designated persons shall freeze those funds immediately.")
    assert "SGP" in sources(notice, "sanctions")


def test_subjecting_persons_to_measures_is_a_sanction():
    notice = ("The Government of Norway has decided to subject six individuals and two companies linked to the "
              "junta to measures requiring permission for all payments to them.")
    assert "NOR" in sources(notice, "sanctions")


def test_handing_power_to_the_army_is_no_delivery():
    assert escalations("The president handed over power to the army after weeks of protests.", "arms_delivery") == []


def source_names(text, kind):
    return {s.source.name for s in escalations(text, kind) if s.source}


@pytest.mark.parametrize("notice, issuer", [
    ("The Financial Supervision Authority has updated the register of persons linked to terrorism. Six persons have "
     "been entered in the register and all their accounts must be frozen.", "Financial Supervision Authority"),
    ("The Interagency Security Board, acting under the Counter-Terrorism Law, has decided to add three foundations "
     "to the National Sanctions List. Banks shall freeze the funds of the foundations without delay.",
     "Interagency Security Board"),
])
def test_a_notice_opened_by_a_body_no_state_is_named_for_lends_it_as_issuer(notice, issuer):
    assert issuer in source_names(notice, "sanctions")


def test_a_body_that_opens_by_lifting_measures_lends_itself_to_none():
    notice = ("The Joint Committee today decided to lift the restrictive measures against two former ministers. The "
              "asset freeze on their accounts will no longer apply.")
    assert escalations(notice, "sanctions") == []


def test_a_company_opening_a_story_lends_no_issuer():
    story = ("Nordwind Logistics has updated its list of preferred carriers for the winter season. Six carriers have "
             "been entered in the list after a tender.")
    assert escalations(story, "sanctions") == []


@pytest.mark.parametrize("notice", [
    "The Interior Ministry hereby declares the movement named in the annex a proscribed organisation.",
    "The Ministry of Home Affairs has declared the group an unlawful association for a period of three years.",
])
def test_proscribing_an_organisation_is_a_sanction(notice):
    assert escalations(notice, "sanctions")


def test_a_passive_handover_to_an_armed_service_is_a_delivery():
    notice = "Two patrol boats donated by Japan were handed over to the Philippine Coast Guard in Manila on Monday."
    assert any((s.source and s.source.code, s.target and s.target.code) == ("JPN", "PHL")
               for s in escalations(notice, "arms_delivery"))


def test_a_unit_of_an_armed_service_receives_for_its_state():
    notice = "Three armoured boats were handed over to the Riverine Command of the Nigerian Navy in Lagos."
    assert any((s.target and s.target.code) == "NGA" for s in escalations(notice, "arms_delivery"))


def test_a_headline_whose_verb_the_parser_reads_as_a_noun_still_names_its_issuer():
    body = ("The corvette, which served for 28 years, was transferred free of charge under the government's "
            "programme for the transfer of surplus military equipment.")
    assert "KOR" in headline_sources(body, "ROK Navy transfers retired corvette to Colombia", "arms_delivery")


@pytest.mark.parametrize("notice", [
    "Under the Anti-Terrorism Act, the Minister of Justice declares the groups named in the Annex to be listed entities.",
    "By this order the three organisations set out in the Annex are declared to be specified entities.",
])
def test_declaring_parties_listed_or_specified_entities_is_a_sanction(notice):
    assert escalations(notice + " This order shall be published in the Malta Government Gazette.", "sanctions")


def test_the_state_whose_gazette_publishes_a_notice_issues_its_measures():
    notice = ("A decree published in the Estonian Official Gazette today adds four persons to the national list. Their "
              "funds and economic resources are frozen.")
    assert "EST" in sources(notice, "sanctions")


def test_a_subject_the_parser_hangs_on_the_opening_phrase_still_has_its_measure():
    notice = ("By Ministerial Order published in the Official Gazette, the funds in Peru of two companies have been "
              "frozen for six months.")
    assert "PER" in sources(notice, "sanctions")


def test_an_entry_ban_is_the_measure_of_the_state_entered():
    notice = ("The amended order designates nine persons and prohibits the listed aircraft from entering the airspace "
              "of Norway.")
    assert "NOR" in sources(notice, "sanctions")


def test_a_notice_obliging_a_states_businesses_is_that_states():
    notice = ("Following the decision of 2 June, the funds of a further six persons are frozen. Estonian banks and "
              "payment institutions must report any frozen funds without delay.")
    assert "EST" in sources(notice, "sanctions")


def test_an_object_the_parser_gives_to_without_delay_is_the_verbs():
    notice = ("The Monetary Authority instructs all banks and insurers to freeze without delay the funds and other "
              "assets of the entities named in the annex.")
    assert escalations(notice, "sanctions")


def test_officials_entered_in_a_list_are_sanctioned():
    notice = ("The Interior Ministry has entered seven officials of the border service in the list of foreigners "
              "whose entry is prohibited.")
    assert escalations(notice, "sanctions")


def test_a_regional_bloc_suspending_a_member_is_a_sanction():
    notice = ("The Assembly of Heads of State, meeting in extraordinary session, condemned the coup. The Assembly "
              "decided to suspend the country from all activities of the Community until civilian rule is restored.")
    assert escalations(notice, "sanctions")


def test_a_notice_opening_with_an_act_named_for_its_issuer_takes_its_issuer():
    notice = ("Council Decision (CFSP) 2025/101 amends Decision 2014/145/CFSP concerning restrictive measures. Seven "
              "individuals are added to the list of persons whose funds are frozen.")
    assert "EU" in sources(notice, "sanctions")


def test_a_body_named_before_the_verb_the_parser_reads_as_a_noun_is_the_opening_body():
    notice = ("The Financial Monitoring Secretariat informs obliged subjects that, by resolution of the Executive "
              "Director, the immediate freezing of funds of the persons recently added to the national list has been "
              "ordered.")
    assert "Financial Monitoring Secretariat" in source_names(notice, "sanctions")


@pytest.mark.parametrize("notice, donor", [
    ("Two additional light attack aircraft were received by the Kenyan Air Force at Laikipia air base on Monday.", None),
    ("The first four F-16 aircraft bought from Norway landed at Constanta on Friday after a ferry flight.", "NOR"),
])
def test_combat_aircraft_received_or_bought_are_a_delivery(notice, donor):
    found = escalations(notice, "arms_delivery")
    assert found and (donor is None or donor in {s.source and s.source.code for s in found})


@pytest.mark.parametrize("notice, recipient", [
    ("Three utility helicopters were accepted by the Ghana Air Force at a ceremony in Accra on Friday.", "GHA"),
    ("The Royal Thai Navy received two offshore patrol vessels built by a shipyard in Busan.", "THA"),
])
def test_materiel_an_armed_service_receives_is_a_delivery_to_its_state(notice, recipient):
    assert recipient in {s.target and s.target.code for s in escalations(notice, "arms_delivery")}


@pytest.mark.parametrize("story", [
    "The Army received praise from the president for its flood relief work.",
    "The Navy accepted the findings of the inquiry into the collision.",
    "The national airline received four new aircraft from the manufacturer.",
])
def test_praise_or_a_report_an_armed_service_receives_is_no_delivery(story):
    assert escalations(story, "arms_delivery") == []


def test_a_passive_handover_whose_subject_hangs_on_the_opening_phrase_is_a_delivery():
    notice = ("Within the framework of defence cooperation between Spain and Morocco, three patrol boats of the Spanish "
              "Navy were handed over to the Royal Moroccan Navy on Tuesday.")
    assert escalations(notice, "arms_delivery")


@pytest.mark.parametrize("story", [
    "The coast guard declared the two fishermen missing after the storm, the harbour office said.",
    "The club suspended the midfielder from all activities of the academy after the brawl.",
])
def test_declaring_or_suspending_with_no_listing_or_bloc_is_no_sanction(story):
    assert escalations(story, "sanctions") == []


@pytest.mark.parametrize("notice, issuer", [
    ("The Government of Montenegro has aligned itself with the Council decision imposing a travel ban on three "
     "officials responsible for the crackdown on protesters in Georgia.", "MNE"),
    ("Iceland aligns with the restrictive measures adopted by the EU against six individuals involved in the "
     "cyberattacks on hospitals.", "ISL"),
])
def test_a_state_aligning_with_another_bodys_measures_takes_them(notice, issuer):
    assert issuer in sources(notice, "sanctions")


def test_an_obligation_of_a_notice_is_the_measure_of_the_official_body_it_opens_with():
    notice = ("The Central Bank of Kenya informs all licensed banks that the Cabinet Secretary has gazetted an order "
              "naming a shipping agent and two of its owners as persons linked to a terrorist group. Any funds of "
              "the named persons must be frozen without delay, transfers to them must be refused and any such account "
              "must be reported to the Financial Reporting Centre.")
    assert "KEN" in sources(notice, "sanctions")


def test_a_bank_guidance_note_that_only_mentions_asset_freezes_has_no_issuer():
    notice = ("The Central Bank of Kenya reminds lenders that asset freezes imposed by the United Nations no longer "
              "prevent payments by relief agencies. Lenders must keep records of such payments.")
    assert escalations(notice, "sanctions") == []


@pytest.mark.parametrize("notice, recipient", [
    ("The Uganda People's Defence Forces have taken delivery of four armoured personnel carriers, which arrived "
     "at the port of Mombasa on Friday.", "UGA"),
    ("The SANDF took delivery of twelve armoured vehicles at a ceremony in Pretoria.", "ZAF"),
])
def test_an_armed_service_known_by_its_own_name_takes_delivery_for_its_state(notice, recipient):
    found = escalations(notice, "arms_delivery")
    assert recipient in {s.target and s.target.code for s in found}
    assert recipient not in {s.source and s.source.code for s in found}


@pytest.mark.parametrize("notice, source, target", [
    ("Three coastal patrol craft acquired from Italy were commissioned into the Ghana Navy at a ceremony in Sekondi.",
     "ITA", "GHA"),
    ("Six wheeled infantry vehicles were inducted into service with the Zambia Army on Thursday.", None, "ZMB"),
    ("The Sri Lanka Navy commissioned two fast attack craft donated by India.", "IND", "LKA"),
    ("The second of three transport aircraft built for the Kenya Air Force was handed over at the factory in Seville.",
     None, "KEN"),
    ("The first two F-35 jets entered service with the Royal Danish Air Force on Monday.", None, "DNK"),
    ("A new coastal radar was inducted into the Pakistan Army's inventory.", None, "PAK"),
    ("Two Mi-17 helicopters were inducted into the Nepali Army Air Service.", None, "NPL"),
    ("PNS Tughril, the first of four Type 054A/P frigates, was commissioned into the Pakistan Navy.", None, "PAK"),
    ("Two new offshore patrol vessels have been delivered to the Irish Naval Service.", None, "IRL"),
    ("The ceremony marked the induction of two Dornier aircraft into the Indian Navy.", None, "IND"),
])
def test_vessels_aircraft_and_vehicles_entering_an_armed_service_are_a_delivery_to_its_state(notice, source, target):
    found = escalations(notice, "arms_delivery")
    assert any((s.source and s.source.code) == source and (s.target and s.target.code) == target for s in found)


@pytest.mark.parametrize("notice, source, target", [
    ("The Ghana Air Force took delivery of two transport aircraft donated by Spain.", "ESP", "GHA"),
    ("The Indonesian Navy accepted KRI Teluk Bintuni, its third landing ship, at a shipyard in Surabaya.", None, "IDN"),
    ("The Kenyan Army took delivery of six helicopters from the United States.", "USA", "KEN"),
    ("The Malawi Defence Force received a donation of ten trucks from Japan.", "JPN", "MWI"),
    ("The Tanzanian People's Defence Force received its first batch of armoured vehicles from China.", "CHN", "TZA"),
    ("The Ghana Navy took possession of four Flex Fighter boats.", None, "GHA"),
    ("The Ukrainian Navy received two minehunters from the United Kingdom.", "GBR", "UKR"),
])
def test_a_service_receiving_a_craft_by_its_class_or_its_name_s_apposition_receives_materiel(notice, source, target):
    found = escalations(notice, "arms_delivery")
    assert any((s.source and s.source.code) == source and (s.target and s.target.code) == target for s in found)
    assert not [s for s in signals(notice) if s.type == "agreement"]


def test_a_service_no_state_is_named_for_receives_by_its_name():
    found = escalations("The first of six corvettes ordered for the Federal Navy was delivered on Monday.",
                        "arms_delivery")
    assert "Federal Navy" in {s.target and s.target.name for s in found}


@pytest.mark.parametrize("story", [
    "Forty cadets were commissioned into the Army as second lieutenants at the academy on Saturday.",
    "Ten new recruits were inducted into the Navy.",
    "The induction of 200 cadets into the Army was celebrated in Lusaka.",
    "Former rebel fighters were integrated into the national army under the peace deal.",
    "The Navy commissioned a study into the collapse of the pier.",
    "The cruise line took delivery of its newest ship at the yard in Papenburg.",
    "The shipyard delivered a ferry built for the regional council.",
    "Three officers entered service with the Navy after the academy.",
    "The ship entered service with a cruise line in 2010.",
    "The Army took possession of the disputed land after the ruling.",
    "The Coast Guard received a distress call from a fishing vessel.",
])
def test_people_or_studies_entering_a_service_and_civil_ships_delivered_are_no_delivery(story):
    assert escalations(story, "arms_delivery") == []


def test_the_receiver_of_a_participle_s_giver_is_the_target():
    found = escalations("The Peruvian Air Force received four trainer aircraft donated by South Korea.",
                        "arms_delivery")
    assert {(s.source and s.source.code, s.target and s.target.code) for s in found} == {("KOR", "PER")}


@pytest.mark.parametrize("notice", [
    "The US Treasury sanctioned three companies that shipped artillery shells to Russia.",
    "Japan froze the assets of four firms supplying drone engines and military equipment to Russia.",
])
def test_a_delivery_that_describes_whom_a_sanction_lists_is_no_delivery(notice):
    assert escalations(notice, "sanctions")
    assert escalations(notice, "arms_delivery") == []


def test_a_state_a_sanction_falls_on_still_delivers_what_its_relative_clause_says():
    notice = "The EU imposed sanctions on Iran, which has supplied drones to Russia."
    assert escalations(notice, "arms_delivery")


@pytest.mark.parametrize("notice", [
    "Two companies will be issued to battalions preparing for deployment with the UN Interim Security Force for Abyei.",
    "Nepal will deploy a peacekeeping contingent to South Sudan next month.",
])
def test_a_force_deployed_with_a_un_mission_or_as_peacekeepers_is_no_buildup(notice):
    assert escalations(notice, "troop_buildup") == []


@pytest.mark.parametrize("notice", [
    "The trucks and radios will help strengthen the capabilities of the Gambian Armed Forces.",
    "The training package is meant to boost the capacity of Liberian army units deployed on peacekeeping operations.",
])
def test_building_a_force_s_capacity_is_no_buildup(notice):
    assert escalations(notice, "troop_buildup") == []


def test_strengthening_forces_near_a_border_is_still_a_buildup():
    assert escalations("Russia strengthened its forces near the border with Finland.", "troop_buildup")


@pytest.mark.parametrize("notice, source, target", [
    ("Two C-295 transport aircraft purchased for the Ghana Air Force arrived at Kotoka air base on Monday.", None, "GHA"),
    ("The new transport aircraft acquired for the Uruguayan Air Force arrived in Montevideo on Tuesday.", None, "URY"),
    ("Four Super Tucano aircraft destined for the Nigerian Air Force left Brazil on their delivery flight.", None, "NGA"),
    ("The Republic of Korea Navy commissioned its newest frigate at a ceremony in Busan.", None, "KOR"),
    ("The ceremony of receiving military logistics assistance from the Government of India was held in Male.",
     "IND", None),
    ("The Nigerian Army took receipt of 20 mine-resistant vehicles purchased from Turkey.", "TUR", "NGA"),
])
def test_materiel_bought_for_a_service_commissioned_by_it_or_received_as_military_aid_is_a_delivery(
        notice, source, target):
    found = escalations(notice, "arms_delivery")
    assert found
    assert source is None or source in {s.source and s.source.code for s in found}
    assert target is None or target in {s.target and s.target.code for s in found}


@pytest.mark.parametrize("story", [
    "The new aircraft acquired for the national airline landed at the capital's airport after its ferry flight.",
    "The airline bought ten aircraft for its regional subsidiary.",
    "The ferry operator commissioned its new ro-ro ferry at the port of Piraeus.",
    "The regional hospital received three ambulances donated by the Rotary Club charity.",
    "The ceremony of receiving medical equipment from the Government of China was held at the national hospital.",
    "The Air Force bought new uniforms for the band.",
    "Indian Navy ships INS Delhi and INS Shakti arrived in Manila for a three-day port call.",
    "The city council purchased four fire engines for the fire brigade.",
])
def test_civil_purchases_civil_aid_and_port_visits_are_no_delivery(story):
    assert escalations(story, "arms_delivery") == []


def test_a_kind_word_between_military_and_its_noun_keeps_the_phrase():
    assert escalations("Japan will provide military technical assistance to the Philippines.", "arms_delivery")
    assert escalations("The Netherlands approved a military logistics aid package for Moldova.", "arms_delivery")
    assert escalations("Sweden decided on a military support package to Ukraine.", "arms_delivery")
    assert escalations("The charity offers military family support to spouses of deployed soldiers.",
                       "arms_delivery") == []


def notice_signals(body, headline=None):
    """The signals of a notice, its headline given beside it as the extract stage gives it."""
    nlp = load_nlp()
    return analyze_doc("notice", nlp(body), partial(nlp, headline) if headline else None).signals


def issuers(body, headline=None, kind="sanctions"):
    """The codes or, for a body the gazetteer cannot code, the names of the issuers of a notice's measures."""
    return {s.source.code or s.source.name for s in notice_signals(body, headline)
            if s.type == kind and s.status in ("actual", "planned") and s.source}


@pytest.mark.parametrize("notice, issuer", [
    ("All obliged entities are hereby notified that the Minister of Public Security has designated four individuals "
     "as designated persons under the Counter-Terrorism Act. Obliged entities must freeze without delay any funds "
     "they hold for these persons.", "Minister of Public Security"),
    ("Further to a resolution of the National Counter-Terrorism Council, all credit institutions are instructed to "
     "freeze the accounts of the entities listed in the annex and to report to the Central Bank of Jordan within "
     "three days.", "JOR"),
    ("In exercise of the powers conferred by section 12 of the Terrorism Act, the Attorney General makes the "
     "following order. The organisations listed in the Schedule are declared specified entities. Any funds of a "
     "specified entity held in the country are frozen.", "Attorney General"),
    ("In exercise of the powers conferred on him by section 4 of the Sanctions Act, the Minister of the Interior, "
     "on the advice of the Security Committee, declares the groups named in the First Schedule to be specified "
     "entities.", "Minister of the Interior"),
    ("Notice is hereby given that the Minister of Finance has, by order published in the Gazette, designated the "
     "following three persons as terrorist entities. All reporting institutions shall freeze without delay the funds "
     "of the designated persons.", "Minister of Finance"),
    ("The Superintendency of Banks instructs all supervised entities to immediately freeze the funds and other "
     "assets of the persons listed in Annex 1 and to report the frozen amounts within 48 hours.",
     "Superintendency of Banks"),
    ("Pursuant to the decision of the National Anti-Terrorism Committee, the following entities have been included "
     "in the List of Terrorist Organisations. The funds of the listed entities shall be frozen without delay.",
     "National Anti-Terrorism Committee"),
    ("The National Bank requests commercial banks to suspend all transactions with the 9 companies named in the "
     "annex, which have been designated by the Cabinet of Ministers.", "National Bank"),
    ("The Office of the Attorney General hereby declares the following organisation a terrorist entity. Any person "
     "who holds funds of the entity shall freeze them immediately.", "Office of the Attorney General"),
    ("The Minister of Internal Affairs has entered 17 foreign nationals in the register of persons banned from "
     "entering the country. The entry ban applies for ten years.", "Minister of Internal Affairs"),
])
def test_a_notice_s_measure_is_the_official_body_s_that_acts_anywhere_in_it(notice, issuer):
    assert issuer in issuers(notice)


def test_a_notice_s_headline_names_the_measure_its_body_words_roundabout():
    body = ("Following the decision of the Council of Ministers, transactions with five entities linked to the "
            "weapons programme require prior authorisation, which will not be issued. The Financial Supervisory "
            "Authority requests all banks to confirm that they hold no accounts of these entities.")
    assert issuers(body, "Instruction to banks on the implementation of asset freeze measures") == {
        "Financial Supervisory Authority"}
    # the headline's measure word only says what compliance is about, or the notice advises
    assert issuers(body, "Instruction to banks on sanctions compliance") == set()
    assert issuers(body, "Guidance for banks on asset freeze measures") == set()


@pytest.mark.parametrize("body, headline", [
    ("Reporting entities must screen their customers against the consolidated lists and report any match to the "
     "Financial Intelligence Unit within 24 hours.", "Circular: implementation of targeted financial sanctions"),
    ("Reporting entities are advised that the Minister of Finance has removed two entities from the national list. "
     "Reporting entities must release any funds they hold for them.", "Removal of two entities from the national list"),
    ("Reporting entities must report to the Unit any funds they hold for the 12 listed entities.",
     "Guidance on the freezing of funds of listed entities"),
    ("The Financial Supervisory Authority said on Monday that it had asked banks to check their accounts after the "
     "government froze the assets of five arms dealers.", "Regulator asks banks to check accounts under asset freeze"),
])
def test_a_circular_that_screens_delists_or_advises_and_news_of_a_freeze_take_no_measure(body, headline):
    assert issuers(body, headline) == set()


@pytest.mark.parametrize("body, headline", [
    ("The Disciplinary Committee hereby declares the match forfeit and orders the club to play its next two home "
     "games behind closed doors. All clubs must report crowd incidents to the Committee within 24 hours.",
     "Disciplinary Committee sanctions club over crowd trouble"),
    ("The Premier League Board instructs all clubs to freeze ticket prices for the 2026 season and to report any "
     "increase to the Board.", "Ticket price freeze for all clubs"),
    ("The Agency for Financial Monitoring has published information for banks on the asset freeze regime. Banks must "
     "freeze the funds of listed persons without delay.", "Asset freeze regime"),
    ("The funds of designated persons shall remain frozen and shall not be released without a licence issued by the "
     "Sanctions Unit.", "Guidance on licences for frozen funds"),
    ("Pursuant to the decision of the Disciplinary Committee, the club's transfer account shall be frozen until the "
     "fine is paid.", "Club fined over unpaid wages"),
    ("Shares in the lender fell 3 percent. Under the rules, all banks must freeze dormant accounts after ten years and "
     "report them to the Central Bank.", "Lender shares fall"),
])
def test_a_league_s_rulings_and_an_agency_s_information_take_no_measure(body, headline):
    assert issuers(body, headline) == set()


def test_a_refusal_of_entry_is_the_measure_of_the_state_entered():
    assert "LTU" in sources("Under the decision, the 15 officials face a refusal of entry to Lithuania for five "
                            "years.", "sanctions")
    assert escalations("The band's drummer was refused entry to the concert after losing his pass.",
                       "sanctions") == []


@pytest.mark.parametrize("body, headline", [
    ("The Financial Intelligence Unit has granted a licence permitting the release of funds frozen in respect of a "
     "designated entity for the payment of staff salaries. The remaining funds stay frozen.",
     "Notice: licence to release frozen funds for humanitarian purposes"),
    ("The Competent Authority has authorised the payment of legal fees from funds frozen under the sanctions "
     "regulation, pursuant to the exemption provided by the Security Council resolution. The Security Council "
     "Committee was informed of the authorisation.", "Authorisation to unfreeze funds for legal fees"),
    ("The Ministry of Finance authorises the release of funds frozen under the Council regulation for payments due "
     "under contracts concluded before the listing of the entity. The Office of Financial Sanctions Implementation "
     "has been notified.", "Payments under prior contracts"),
])
def test_a_notice_that_grants_relief_from_a_freeze_takes_no_measure(body, headline):
    assert issuers(body, headline) == set()


def test_a_notice_to_licensed_banks_still_takes_its_measure():
    assert issuers("Further to the decision of the Financial Sanctions Committee, all licensed banks are instructed "
                   "to freeze the funds of the persons named in the attached list.",
                   "Circular to licensed banks on the freezing of funds") != set()


@pytest.mark.parametrize("body, target", [
    ("Exporters are informed that the Trade Order has been amended to prohibit the export of certain machine tools "
     "and valves where the final destination is Iran.", "IRN"),
    ("The Customs Directorate draws the attention of operators to the regulation, which prohibits the sale, supply or "
     "export to Belarus of further chemicals.", "BLR"),
])
def test_an_export_ban_falls_on_the_state_of_destination(body, target):
    assert {s.target.code for s in escalations(body, "sanctions") if s.target} == {target}


def test_a_destination_in_a_shipping_notice_is_no_measure():
    assert escalations("The ferry company has amended its timetable; the final destination of the evening sailing "
                       "is Norway.", "sanctions") == []


@pytest.mark.parametrize("body, headline", [
    ("The Supervisory Authority wishes to inform all obliged entities that two companies and one individual have "
     "been added to the consolidated list of persons whose assets are frozen.", "Update to the consolidated list"),
    ("Insurers and pension funds are informed that the Council has added six persons and two entities to the list "
     "of persons subject to an asset freeze. Insurers must freeze their funds without delay.",
     "Information on further sanctions against Syria"),
    ("The Monetary Authority brings to the attention of exchange houses the designation of four persons under the "
     "sanctions regime. Exchange houses are requested to report any funds they hold for them.",
     "Circular regarding the designations under the sanctions list"),
])
def test_a_notice_that_relays_another_body_s_measures_takes_them(body, headline):
    assert issuers(body, headline) != set()


@pytest.mark.parametrize("body, headline", [
    ("The Club wishes to inform members that the new season starts on 3 August. Members must renew their "
     "memberships by 1 July.", "Information on the new season"),
    ("The Sanctions Office has published guidance on its new reporting portal. Firms may file reports online.",
     "Guidance on the new sanctions reporting portal"),
    ("Passengers are informed that the new timetable applies from Sunday.", "Information on new timetables"),
])
def test_relayed_news_and_guidance_on_new_tools_take_no_measure(body, headline):
    assert issuers(body, headline) == set()


@pytest.mark.parametrize("body, target", [
    ("Importers are informed that the import of crude oil originating in Iran is prohibited under the amended "
     "regulation.", "IRN"),
    ("The Customs Directorate informs operators that the regulation now prohibits the purchase and import of steel "
     "products coming from Belarus.", "BLR"),
])
def test_an_import_ban_falls_on_the_state_of_origin(body, target):
    assert {s.target.code for s in escalations(body, "sanctions") if s.target} == {target}


def test_goods_of_an_origin_in_market_news_are_no_measure():
    assert escalations("Imports of coffee originating in Brazil rose sharply last month as prices fell.",
                       "sanctions") == []


@pytest.mark.parametrize("text, source", [
    ("The National Bank informs its clients of the inclusion by the European Union of three Belarusian officials "
     "in its sanctions list.", "EU"),
    ("Clients are informed of the addition by the United Nations Security Council of two individuals to its "
     "sanctions list.", "UNSC"),
])
def test_a_listing_noun_is_the_measure_of_the_body_it_names_acting(text, source):
    assert source in {s.source.code for s in escalations(text, "sanctions") if s.source}


def test_a_board_s_addition_of_trustees_to_its_list_is_no_measure():
    assert escalations("The Board welcomed the addition by the Nominations Committee of two trustees to its list "
                       "of candidates.", "sanctions") == []


def test_goods_on_a_route_take_no_origin_state():
    assert "DEU" not in {s.target.code for s in escalations(
        "The Revenue Service informs exporters that the ordinance prohibits the export of luxury cars coming from "
        "Germany to North Korea.", "sanctions") if s.target}


def test_an_office_named_for_its_business_takes_its_measure():
    assert escalations("The Revenue Agency informs importers that the regulation has been amended to prohibit the "
                       "import of gold bars originating in Belarus.", "sanctions") != []


@pytest.mark.parametrize("text", [
    "The Financial Monitoring Service informs that the Cabinet of Ministers has incorporated into its national list "
    "three individuals linked to a militant network.",
    "Peru's Ministry of Economy ordered the immediate freezing of the money and property of five persons linked to "
    "the group.",
])
def test_a_listing_into_a_list_or_a_freezing_of_money_is_a_measure(text):
    assert escalations(text, "sanctions") != []


@pytest.mark.parametrize("text", [
    "The Authority reminds reporting entities of their duties under the Law on International Sanctions.",
    "Banks were reminded of their obligations under the Regulation concerning restrictive measures.",
])
def test_the_subject_matter_of_a_law_s_title_is_no_measure(text):
    assert escalations(text, "sanctions") == []


def test_a_measure_taken_under_a_law_on_sanctions_still_counts():
    assert escalations("Under the Law on International Sanctions, the Government froze the assets of two Belarusian "
                       "firms.", "sanctions") != []


@pytest.mark.parametrize("text", [
    "Grain exports to Iran grew by a fifth last year despite the sanctions.",
    "The licence authorises payments for medicine and food notwithstanding the asset freeze in force.",
    "Trade with the region continued in spite of the embargo, customs data showed.",
])
def test_a_measure_something_happens_in_spite_of_is_no_measure_taken(text):
    assert escalations(text, "sanctions") == []


def test_a_measure_taken_in_spite_of_something_else_still_counts():
    assert escalations("Despite objections from Hungary, the EU imposed sanctions on three Iranian officials.",
                       "sanctions") != []


def test_a_relayed_licence_opening_a_notice_grants_relief():
    assert escalations("The Financial Supervision Commission informs that an authorisation has been granted to "
                       "release the frozen funds of a listed bank for humanitarian purposes.", "sanctions") == []


def test_a_relayed_freeze_opening_a_notice_is_its_measure():
    assert escalations("The Financial Supervision Commission informs that the assets of two listed companies have "
                       "been frozen.", "sanctions") != []


def test_money_a_council_freezes_for_its_own_roads_is_no_measure():
    assert escalations("The city council voted to freeze money for road repairs until next year.", "sanctions") == []


@pytest.mark.parametrize("text, giver, receiver", [
    ("The Government of Kenya thanked Japan for the donation of four patrol boats to the Kenya Navy.", "JPN", "KEN"),
    ("Mongolia's Ministry of Defence expressed its gratitude to South Korea for the delivery of armoured vehicles "
     "and rifles.", "KOR", "MNG"),
])
def test_the_one_thanked_for_a_delivery_gave_it(text, giver, receiver):
    assert {(s.source.code, s.target.code) for s in escalations(text, "arms_delivery")
            if s.source and s.target} == {(giver, receiver)}


def test_thanks_for_hosting_talks_make_no_delivery():
    assert escalations("Kenya thanked Japan for hosting the talks on maritime security.", "arms_delivery") == []


@pytest.mark.parametrize("text", [
    "In exercise of the powers conferred by section 4 of the Trade Act, the Government of Nepal is pleased to direct "
    "that the export of all goods destined for Bhutan, whether directly or through third countries, shall be "
    "prohibited with immediate effect.",
    "The Ministry of Trade hereby directs that the import of goods originating in Syria, whether directly or through "
    "a third country, shall be banned with effect from 1 March.",
])
def test_a_whether_alternative_after_the_subject_leaves_the_measure_in_force(text):
    assert escalations(text, "sanctions")


def test_a_whether_question_still_leaves_the_measure_undecided():
    text = "The trade committee will examine whether the import of steel from Vietnam should be banned next year."
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("body, headline", [
    ("The Financial Monitoring Unit informs reporting institutions that the Security Council Committee has removed "
     "three individuals from its sanctions list. Reporting institutions that had frozen funds of these persons "
     "should lift the freeze and report to the Unit.", "Notice on the removal of names from the sanctions list"),
    ("The Financial Services Commission hereby notifies licensed banks that two entities have been delisted. The asset "
     "freeze no longer applies to them.", "Delisting of two entities"),
])
def test_a_notice_that_only_withdraws_measures_yields_no_sanction(body, headline):
    assert headline_escalations(body, headline, "sanctions") == []


def test_a_notice_that_withdraws_some_measures_and_adds_others_yields_sanctions():
    body = ("The Security Council Committee removed one individual from its sanctions list and added four entities "
            "to it. Reporting institutions must freeze without delay the funds of the entities newly listed.")
    assert headline_escalations(body, "Amendments to the sanctions list", "sanctions")


@pytest.mark.parametrize("text", [
    "The Kenya Defence Forces took receipt of new land assets comprising armoured personnel carriers and "
    "mine-protected vehicles.",
    "The Navy received a batch of naval assets, including two offshore patrol vessels, from the Italian government.",
    "The Air Force took delivery on Monday, at the Eastleigh air base, of new air assets comprising attack "
    "helicopters.",
])
def test_materiel_named_by_a_generic_noun_made_specific_is_delivered(text):
    assert escalations(text, "arms_delivery")


@pytest.mark.parametrize("text", [
    "The pension fund took receipt of a new batch of assets comprising government bonds and equities.",
    "The airline took delivery of new aircraft, including three regional jets, for its domestic routes.",
])
def test_assets_of_business_made_specific_deliver_no_arms(text):
    assert escalations(text, "arms_delivery") == []


@pytest.mark.parametrize("text", [
    "A ceremony marked the arrival of the first KAI T-50 trainer jets for the Air Force at the base in the capital.",
    "A batch of upgraded armoured vehicles was accepted by the state commission and handed over to the Ground Forces.",
])
def test_materiel_that_arrives_for_or_is_handed_to_a_service_is_delivered(text):
    assert escalations(text, "arms_delivery")


@pytest.mark.parametrize("text, target", [
    ("The Commander of the Royal Malaysian Air Force witnessed the arrival of the first two A400M transport "
     "aircraft at Subang air base.", "MYS"),
    ("The Chief of the Philippine Navy attended on Friday the arrival of two fast attack craft in Subic Bay.", "PHL"),
])
def test_a_service_whose_officer_attends_the_arrival_of_materiel_receives_it(text, target):
    assert target in {s.target and s.target.code for s in escalations(text, "arms_delivery")}


@pytest.mark.parametrize("text", [
    "The Commander of the Ghana Army attended the arrival of the President at Kotoka airport.",
    "The Air Force band celebrated the arrival of the new year with a concert in Accra.",
    "The Chief of the Kenyan Navy welcomed the arrival of the cruise ship MSC Poesia in Mombasa.",
])
def test_an_officer_attending_the_arrival_of_a_visitor_or_a_civil_ship_receives_nothing(text):
    assert escalations(text, "arms_delivery") == []


@pytest.mark.parametrize("text", [
    "The arrival of the defence minister for the Navy anniversary parade was delayed by rain.",
    "The suspect was arrested at the border and handed over to the Army.",
])
def test_a_visitor_s_arrival_or_a_suspect_handed_over_is_no_delivery(text):
    assert escalations(text, "arms_delivery") == []


def test_a_measure_a_notice_says_is_lifted_is_no_measure_taken():
    body = ("The High Commission informs that the Government of Ghana has revoked the sanctions imposed on the "
            "shipping line, and the freeze on its assets has been lifted.")
    assert headline_escalations(body, "Note on the revocation of sanctions", "sanctions") == []


@pytest.mark.parametrize("body, headline", [
    ("The Treasury has issued a general licence under the Sanctions (Isle of Man) Order permitting banks to "
     "process pension payments to designated persons.", "General Licence 2026/3: pension payments"),
    ("The Ministry of Finance has published guidance for charities on the derogation under UN restrictive measures "
     "that permits food deliveries to listed persons.", "Guidance on the humanitarian derogation"),
])
def test_the_regime_a_relief_is_granted_under_is_no_measure_taken(body, headline):
    assert headline_escalations(body, headline, "sanctions") == []


def test_a_freeze_imposed_beside_a_licence_is_still_a_measure():
    text = "Norway imposed an asset freeze on three shipping firms and granted a licence under the regime to one bank."
    assert escalations(text, "sanctions")


@pytest.mark.parametrize("text", [
    "The Regulation gives effect to Security Council resolution 2713 by renewing the travel ban and the asset freeze "
    "imposed on persons who obstruct the political transition.",
    "A decree published in the Official Journal provides for the execution of the resolution of the Security Council "
    "which extends until June the arms embargo and the travel ban concerning the Central African Republic.",
    "The Governor has made the Sanctions (Sudan) Order, which implements the latest resolution of the Security "
    "Council by renewing the freezing of funds of designated persons.",
])
def test_an_act_carrying_out_a_council_decision_states_its_measures(text):
    assert escalations(text, "sanctions")


@pytest.mark.parametrize("text", [
    "The regulation gives effect to the decision of the health council by extending the prohibition against the "
    "sale of tobacco to minors.",
    "The city council renews the lease of the harbour warehouse and extends the ban on overnight parking.",
])
def test_an_act_carrying_out_a_civil_decision_takes_no_measure(text):
    assert escalations(text, "sanctions") == []


def test_a_supply_a_measure_forbids_is_no_delivery():
    text = ("The Order gives effect to Security Council resolution 2745 by extending the prohibition against the sale "
            "or transfer of arms and related materiel to armed groups and by adding two persons to the sanctions list.")
    assert escalations(text, "sanctions") and escalations(text, "arms_delivery") == []


@pytest.mark.parametrize("text", [
    "The Ministry of Commerce has added seven foreign trading firms to the list of prohibited end users, to which "
    "the export of dual-use goods is prohibited.",
    "The Authority informs that four shipping companies have been added to the list of designated entities, whose "
    "funds are frozen.",
    "Following the deliberations of the competent Committee, five persons have been entered in the register of "
    "terrorist persons. Credit institutions shall freeze their funds without delay.",
    "Upon the approval of the competent authority, nine persons of the banned group have been placed on the "
    "watch list. Their bank accounts stand frozen, and all banks are requested to report to the Authority.",
])
def test_parties_put_on_a_named_list_by_an_unnamed_body_are_designated(text):
    assert escalations(text, "sanctions")


@pytest.mark.parametrize("text", [
    "The bank has added two hundred trading firms to its list of preferred clients, who pay lower fees.",
    "Three new players have been entered in the register of the national football federation.",
    "The old mill has been placed on the register of protected monuments, and its owners shall keep its facade.",
])
def test_a_list_of_clients_players_or_monuments_designates_no_one(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("text", [
    "The National Aeronaval Service received four interceptor boats from the United States at a ceremony.",
    "The Presidential Guard received twenty armoured vehicles from Turkey.",
    "The second frigate built by an Italian shipyard arrived at the naval base on Sunday, where it was received by "
    "the Commander of the Navy.",
    "The first offshore patrol vessel ordered from Spain arrived in Lagos and was received by the Chief of Naval Staff.",
])
def test_a_service_or_its_commander_receiving_a_craft_is_a_delivery(text):
    assert escalations(text, "arms_delivery")


@pytest.mark.parametrize("text", [
    "The ferry company received four new passenger boats from a Norwegian shipyard at a ceremony in the harbour.",
    "The cruise ship arrived at the port on Monday, where it was received by the mayor and a brass band.",
    "The fishing cooperative took delivery of two trawlers built in Spain.",
])
def test_a_company_or_a_mayor_receiving_a_boat_is_no_delivery(text):
    assert escalations(text, "arms_delivery") == []


@pytest.mark.parametrize("text", [
    "The Order continues for a further year the ban on the sale or transfer of weapons and ammunition to the persons "
    "named in the Schedule, as decided by the Security Council.",
    "The Regulation maintains the embargo on deliveries of military equipment to the listed entities, as decided "
    "by the Council of the European Union.",
    "The Decree renews the prohibition on the export of arms and related materiel to the listed entities, in line "
    "with the resolution of the Security Council.",
])
def test_a_ban_on_the_supply_of_arms_that_an_act_keeps_is_a_sanction(text):
    assert escalations(text, "sanctions")


@pytest.mark.parametrize("text", [
    "The Decree prohibits the sale of firearms to persons under twenty-one years of age.",
    "The Minister of Commerce informs the public that the sale of bread above the regulated price is prohibited.",
    "The city council extended the ban on the sale of alcohol near the stadium for the derby.",
])
def test_a_ban_on_domestic_sales_is_no_sanction(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("text, issuer", [
    ("The new regulation keeps the freeze on the assets of the former officials named in the annex, as required "
     "by the Security Council.", "UNSC"),
    ("By decision of the National Counter-Terrorism Commission, six persons have been entered in the list of "
     "terrorist persons. Their funds are frozen.", "National Counter-Terrorism Commission"),
])
def test_the_body_that_requires_or_decides_an_act_s_measures_issues_them(text, issuer):
    found = signals(text)
    assert any(s.type == "sanctions" and issuer in (s.source.code, s.source.name) for s in found if s.source)


@pytest.mark.parametrize("text", [
    "The competent Authority has designated five individuals under the counter-terrorism law.",
    "The National Assembly has adopted the Targeted Sanctions Act. The Act prohibits any person from making funds "
    "available to a listed entity.",
])
def test_an_official_body_or_a_legislature_designating_or_enacting_takes_the_measure(text):
    assert escalations(text, "sanctions")


@pytest.mark.parametrize("text", [
    "The Ministry of Health has designated three officials to lead the inquiry into the outbreak.",
    "The football federation has designated four players as reserves for the cup final.",
])
def test_designating_officials_to_a_task_or_players_is_no_sanction(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("text", [
    "The first of two maritime patrol aircraft bought from Indonesia touched down at the air base, where it was "
    "welcomed by the Chief of the Air Staff.",
    "Four patrol boats built in Australia were transferred to the Navy of Vanuatu.",
    "The new corvette arrived at the harbour and was received by the Chief of Naval Operations.",
])
def test_a_craft_welcomed_by_a_service_chief_or_transferred_to_a_service_is_a_delivery(text):
    assert escalations(text, "arms_delivery")


@pytest.mark.parametrize("text", [
    "The new ferry arrived at the port, where it was welcomed by the mayor and a brass band.",
    "The ministry transferred four tugboats to the port authority.",
])
def test_a_boat_welcomed_by_a_mayor_or_transferred_to_a_port_is_no_delivery(text):
    assert escalations(text, "arms_delivery") == []


def test_the_reason_a_party_is_listed_for_is_no_delivery():
    text = ("The Council of Ministers has designated four companies on the national sanctions list for their role in "
            "supplying drone engines to the militia.")
    assert escalations(text, "sanctions")
    assert escalations(text, "arms_delivery") == []


@pytest.mark.parametrize("notice, target", [
    ("The Uruguayan Air Force took over two transport helicopters from the Brazilian army on Tuesday.", "URY"),
    ("The Estonian Defence Forces took over the first batch of self-propelled howitzers from the manufacturer.",
     "EST"),
    ("The Coast Guard of Sri Lanka took delivery last Thursday of three fast interceptor boats donated by Japan.",
     "LKA"),
    ("The Armed Forces of Malta took possession yesterday of a maritime patrol aircraft supplied by Italy.", "MLT"),
    ("The Chadian Air Force received at N'Djamena air base two Super Tucano attack and training aircraft, which "
     "arrived from Brazil.", "TCD"),
])
def test_a_service_takes_over_or_receives_materiel_set_apart_by_an_adverbial(notice, target):
    assert target in {s.target and s.target.code for s in escalations(notice, "arms_delivery")}


@pytest.mark.parametrize("notice", [
    "The Army took over responsibility for the flood relief effort from the civil defence agency.",
    "The new coach took over the national team after the World Cup and received at the airport a warm welcome.",
    "The Navy took delivery last week of fresh vegetables and mail from the supply barge.",
    "The Armed Forces received on Monday the report of the audit office on pensions.",
])
def test_what_a_service_takes_over_or_receives_that_is_no_materiel_is_no_delivery(notice):
    assert not escalations(notice, "arms_delivery")


@pytest.mark.parametrize("notice", [
    "Two radars built by a Swedish firm have been handed over to the 2nd Air Defence Regiment of the Latvian Army.",
    "The launchers were delivered by the German manufacturer and handed over to the Air Defence Group for training.",
    "A batch of field kitchens and tents donated by Japan to the Zambia Defence Force was handed over in Lusaka.",
])
def test_kit_handed_to_a_formation_or_gifted_to_a_service_is_delivered_whoever_made_it(notice):
    assert escalations(notice, "arms_delivery")


@pytest.mark.parametrize("notice", [
    "Uganda has moved an infantry battalion to its border with South Sudan.",
    "Russia shifted two artillery brigades closer to the border with Finland.",
])
def test_a_named_formation_moved_to_a_border_stays_a_buildup(notice):
    assert escalations(notice, "troop_buildup")


@pytest.mark.parametrize("notice", [
    "The airline took delivery of two jets delivered by the manufacturer and handed over to its Paris base.",
    "A batch of medical books donated by the Rotary Club was handed over to the nursing school.",
])
def test_kit_handed_to_no_armed_service_stays_quiet(notice):
    assert not escalations(notice, "arms_delivery")


def test_a_listed_person_responsible_for_arms_supplies_is_no_delivery():
    notice = ("The Committee has added four individuals to its sanctions list, including persons responsible for the "
              "supply of weapons and ammunition to armed groups in the east. Banks must freeze their funds.")
    assert not escalations(notice, "arms_delivery")
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("notice", [
    "The new trucks will be distributed to units of the eastern command and will greatly increase the mobility of the "
    "troops.",
    "The howitzers delivered last month will increase the firepower of the brigades stationed in the north.",
])
def test_what_new_kit_improves_in_a_force_is_no_buildup(notice):
    assert not escalations(notice, "troop_buildup")


def test_more_troops_at_a_border_is_still_a_buildup():
    assert escalations("Russia will increase the number of troops along the border with Finland.", "troop_buildup")


@pytest.mark.parametrize("notice, source", [
    ("At a ceremony in Manila, two patrol boats supplied under the maritime security agreement with Japan were "
     "presented to crews.", "JPN"),
    ("A batch of armoured vehicles provided within the framework of the defence cooperation programme with France "
     "was unveiled at a ceremony in Niamey.", "FRA"),
])
def test_a_delivery_made_under_a_pact_with_a_state_is_that_state_s(notice, source):
    assert source in sources(notice, "arms_delivery")


def test_goods_supplied_under_a_trade_pact_are_no_arms_delivery():
    notice = "Wheat supplied under the grain agreement with Ukraine arrived in Alexandria on Monday."
    assert not escalations(notice, "arms_delivery")


def test_a_circular_to_licensed_firms_is_no_licence_granted():
    body = ("The Commission informs licensed corporations that the Security Council Committee has added three "
            "individuals to its list. Licensed corporations must freeze any funds of the listed persons without delay.")
    assert headline_sources(body, "Circular to licensed corporations – United Nations Sanctions (Libya)", "sanctions")


def test_a_headline_that_grants_a_licence_still_relieves():
    body = "The Unit has issued a licence permitting banks to release frozen funds of the listed person for legal fees."
    assert not headline_sources(body, "General licence for the release of frozen funds", "sanctions")


@pytest.mark.parametrize("notice", [
    "Banks must release within five days any funds that were frozen because of a false name match.",
    "The bank will unblock the accounts blocked in error once the customer's identity is confirmed.",
])
def test_holdings_given_back_are_no_measure_taken(notice):
    assert not escalations(notice, "sanctions")


def test_assets_frozen_and_held_stay_a_measure():
    notice = "The Council froze the funds of four Russian officials that were held in European banks."
    assert escalations(notice, "sanctions")


def headline_escalations(body, headline, kind):
    """The body's done or decided signals of a kind, its headline given beside it as the extract stage gives it."""
    return [s for s in notice_signals(body, headline) if s.type == kind and s.status in ("actual", "planned")]


@pytest.mark.parametrize("headline", [
    "Information letter to exchange offices on the updated list of designated persons",
    "Information circular on the revised consolidated list",
])
def test_an_advice_headline_about_an_updated_list_announces_new_listings(headline):
    body = ("The National Bank draws the attention of exchange offices that the State Security Committee has updated the "
            "list of persons linked to terrorist financing. Exchange offices are obliged to freeze the funds of the "
            "persons included in the list without delay.")
    assert headline_escalations(body, headline, "sanctions")


def test_an_advice_headline_about_an_updated_portal_stays_advice():
    body = ("The Authority has published guidance on its reporting portal. Firms should register their compliance "
            "officers before 1 May to report frozen assets of designated persons.")
    assert headline_escalations(body, "Guidance on the updated sanctions reporting portal", "sanctions") == []


@pytest.mark.parametrize("text, state", [
    ("Nine nationals of Iran who took part in the repression of protesters have been included in the register of "
     "aliens whose entry into the Republic of Estonia is prohibited.", "EST"),
    ("Six officials of the Belarusian regime were put on the national list of foreigners for whom entry to Poland "
     "is prohibited.", "POL"),
])
def test_entry_into_a_state_forbidden_is_that_state_s_entry_ban(text, state):
    assert state in sources(text, "sanctions")


@pytest.mark.parametrize("text", [
    "Entry into the stadium is prohibited for spectators without a valid ticket.",
    "Entry into the east wing of the museum is prohibited during the renovation works.",
])
def test_entry_forbidden_into_a_building_is_no_sanction(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("text", [
    "This circular explains what the Authority expects when money remitters screen their customers against the United "
    "Nations Sanctions List and the list kept under the Terrorism (Asset Freeze and Travel Ban) Act.",
    "The note sets out what the Bank expects when lenders check borrowers against the Consolidated Sanctions List "
    "maintained under the Counter-Terrorism (Financial Prohibitions, Arms Embargo and Travel Ban) Regulations.",
    "Money service businesses should screen customers against the Consolidated Sanctions List before any transfer.",
    "Firms are reminded to check every payment against the United Nations Sanctions List and the national list.",
    "Payment firms must keep the list maintained under the Terrorism (Asset Freeze and Travel Ban) Act at hand.",
    "Banks check their clients against the list kept under the Counter-Terrorism (Financial Prohibitions, Arms "
    "Embargo and Travel Ban) Regulations.",
])
def test_a_list_screened_against_or_a_bracketed_law_title_is_no_measure(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("text, issuer", [
    ("The Government of Canada has added seven individuals to the Consolidated Sanctions List.", "CAN"),
    ("The EU imposed an Asset Freeze and Travel Ban on nine officials of the Belarusian regime.", "EU"),
])
def test_parties_added_to_a_sanctions_list_or_a_capitalised_measure_are_still_measures(text, issuer):
    assert issuer in sources(text, "sanctions")


def test_an_act_that_adds_parties_itself_is_its_bracketed_issuer_s():
    body = ("The Bank of Slovenia hereby informs supervised institutions that Council Implementing Regulation (EU) "
            "2026/310 added four persons and two companies to the list of persons whose funds are frozen.")
    assert "EU" in {s.source.code for s in headline_escalations(body, "Circular on new designations", "sanctions")
                    if s.source}


@pytest.mark.parametrize("text", [
    "The Agency reminds notaries that two names were added on 9 May to the list maintained by the Committee "
    "established pursuant to resolution 1518 of the Security Council.",
    "Five individuals have been placed on the list kept by the Sanctions Committee of the Security Council.",
])
def test_parties_put_on_a_list_an_official_body_keeps_are_its_listing(text):
    assert escalations(text, "sanctions")


@pytest.mark.parametrize("text", [
    "Three names were added to the shortlist kept by the jury of the national poetry prize.",
    "The names of eleven volunteers were included in the list kept by the city council.",
])
def test_names_put_on_a_prize_or_honours_list_are_no_listing(text):
    assert escalations(text, "sanctions") == []


def test_parties_added_to_a_schedule_of_an_amended_law_are_listed():
    text = ("Australia has amended the Autonomous Sanctions (Designated Persons and Entities) Instrument to add 14 "
            "individuals to Schedule 2.")
    assert "AUS" in sources(text, "sanctions")


@pytest.mark.parametrize("text", [
    "The first three attack helicopters purchased by Poland landed at the Inowroclaw air base on Friday.",
    "Two transport aircraft bought by the Kenyan government touched down at Moi air base after a flight from Italy.",
])
def test_bought_materiel_that_lands_is_a_delivery_not_a_buildup(text):
    assert not escalations(text, "troop_buildup")


def test_a_state_s_own_jets_landing_near_a_border_stay_a_buildup():
    assert escalations("Russian fighter jets landed at an air base in Belarus near the Ukrainian border.",
                       "troop_buildup")


@pytest.mark.parametrize("text, source, target", [
    ("Four K9 howitzers bought by Estonia from South Korea arrived at the port of Paldiski.", "KOR", "EST"),
    ("Six armoured vehicles purchased by Norway arrived at the army depot.", None, "NOR"),
    ("The first Black Hawk helicopters acquired by Mexico were unloaded at Veracruz.", None, "MEX"),
])
def test_the_buyer_a_participle_names_receives_the_materiel(text, source, target):
    found = escalations(text, "arms_delivery")
    assert found and all((s.target and s.target.code) == target for s in found)
    assert any((s.source and s.source.code) == source for s in found)


def test_the_giver_a_participle_names_still_gives():
    found = escalations("Two patrol boats donated by Japan were handed over to the Philippine Coast Guard.",
                        "arms_delivery")
    assert {(s.source and s.source.code, s.target and s.target.code) for s in found} == {("JPN", "PHL")}


@pytest.mark.parametrize("text", [
    "The first two Airbus jets bought by the national airline landed at the international airport on Friday.",
    "Tickets bought by fans from Argentina arrived by post on Monday.",
])
def test_civil_goods_a_buyer_receives_are_no_arms(text):
    assert escalations(text, "arms_delivery") == [] and escalations(text, "troop_buildup") == []


@pytest.mark.parametrize("text, target", [
    ("Three interceptor boats were commissioned at the main base of the Senegalese Navy on Friday.", "SEN"),
    ("Two offshore patrol vessels built in France were commissioned at the headquarters of the Jamaica Defence "
     "Force.", "JAM"),
])
def test_materiel_commissioned_at_a_service_s_base_is_delivered_to_it(text, target):
    assert target in {s.target and s.target.code for s in escalations(text, "arms_delivery")}


@pytest.mark.parametrize("text", [
    "Forty cadets were commissioned at the headquarters of the Kenyan Army.",
    "A mural was commissioned at the headquarters of the Ghana Navy to mark its anniversary.",
])
def test_people_or_art_commissioned_at_a_service_s_base_are_no_delivery(text):
    assert escalations(text, "arms_delivery") == []


@pytest.mark.parametrize("notice", [
    "At its extraordinary session the Council of the Union decided to suspend the voting rights of the member "
    "country concerned until further notice.",
    "The Summit Chair announces that the Member State concerned is barred from all ministerial meetings with "
    "immediate effect.",
    "Following the decision of the Government, the sale of fuel and vehicle parts to the state concerned has been "
    "prohibited from today.",
    "By order of 3 March, the financial restrictions are extended to three individuals and one company.",
])
def test_a_notice_s_measure_on_a_party_it_names_in_its_own_terms_is_a_sanction(notice):
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "The committee of the Riverside Golf Club decided to suspend the membership of the member concerned.",
    "Kestrel Mobile said it was restricting exports of its new handset to conserve stock for local buyers.",
    "By decision of the Minister, the freeze on the assets of these persons is lifted.",
    "The board of the academy has suspended the pupils concerned for two weeks.",
    "Kenya was suspended from the rugby sevens series for a season over unpaid affiliation fees.",
])
def test_a_club_a_company_or_a_delisting_takes_no_measure_on_a_designated_party(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("notice", [
    "The Export Control (Belarus) Amendment Decree enters into force today. It adds drones and machine tools to "
    "the list of goods that must not be supplied to Belarus.",
    "Exporters are informed that, with effect from 1 June, the goods listed in Annex II may not be sold to Iran.",
    "This Order comes into operation today. The Fourth Schedule is amended by inserting the names of three "
    "individuals. A person who deals with the property of the persons so named commits an offence.",
])
def test_an_act_a_notice_forbids_towards_a_designated_party_is_a_sanction(notice):
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "Shops may not sell alcohol to persons under eighteen.",
    "The striker may not take part in any league fixtures until March.",
    "Tickets bought online may not be transferred to another person.",
    "A driver who parks in a bus lane commits an offence.",
])
def test_an_everyday_prohibition_names_no_designated_party(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("notice", [
    "Any individual who supplies goods, whether directly or through an intermediary, to a designated entity commits "
    "an offence.",
    "By order of the Minister of Trade, the import of timber originating in Myanmar is prohibited.",
    "By decision of the Council, all funds belonging to the persons referred to in the annex are frozen.",
    "The Customs Service informs freight forwarders that the import of steel produced in Belarus is banned from "
    "1 July.",
    "The Revenue Department advises all exporters that the export of timber to the country concerned is prohibited "
    "from Monday.",
    "By decision of the Council, the assets of the persons named below are frozen: Omar Haddad, Crescent Trading "
    "Company and Delta Shipping Limited.",
])
def test_a_notice_s_party_is_read_where_the_parser_hangs_it(notice):
    """The offence's tail on the offence verb or the person, goods tied to a state by the participle that describes
    them, a notified clause taken for a description of the notified, a list of companies after a colon."""
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "Any person who sells alcohol, directly or through an agent, to a minor commits an offence.",
    "The sports club informs its members that the sale of tickets to the public is prohibited until Friday.",
    "Analysts said the sanctions had hit the following stocks hardest: Aeroflot, Sberbank and Gazprom.",
    "The Harbour Board notifies all ship owners that berths at the north quay are closed for repairs.",
    "The museum informs visitors that bags made in any material are prohibited in the galleries.",
    "Kestrel Mobile notifies its distributors that exports of its new handset made in Vietnam are restricted.",
    "By decision of the club, all lockers belonging to the members referred to above are closed.",
])
def test_everyday_notices_and_offences_name_no_designated_party(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("notice", [
    "The Council of Ministers of Estonia decrees that the accounts of the entities named in the annex are frozen.",
    "The Government orders that the economic resources of the persons listed below shall be blocked: Viktor "
    "Lasko, Northline Holdings and Amber Freight Limited.",
])
def test_a_body_s_present_decree_the_parser_reads_as_a_noun_is_a_notice(notice):
    """`decrees`, `orders` tagged as plural nouns: the body still orders in its own present tense."""
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "Government orders for new frigates rose sharply last year, the shipyard said.",
    "The Council decrees published last spring on school holidays remain in force.",
])
def test_orders_and_decrees_as_nouns_make_no_notice(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("notice", [
    "Having regard to the missile attacks on merchant shipping in the Red Sea, the Government of Norway decrees that "
    "the funds of the entities listed in the annex are frozen.",
    "In response to the armed aggression against Georgia, the Ministry of Finance of Lithuania instructs all banks "
    "to freeze the accounts of the persons named in the annex.",
])
def test_an_attack_in_a_notice_s_recital_is_its_occasion_not_an_event(notice):
    """The notice takes its measure; the conflict its recital names is background, no attack it reports."""
    assert escalations(notice, "sanctions")
    assert escalations(notice, "attack") == []


@pytest.mark.parametrize("text", [
    "In response to the missile attacks on Kharkiv, Ukraine's air force shot down eleven drones overnight.",
    "Following Russian shelling of the Ukrainian border town of Vovchansk, residents fled to shelters.",
])
def test_an_attack_a_news_report_gives_as_occasion_stays_an_event(text):
    assert escalations(text, "attack")


@pytest.mark.parametrize("notice", [
    "The Monetary Authority of Macao instructs all credit institutions to make unavailable forthwith the deposits "
    "of the persons designated in the annex.",
    "The Minister of Justice of Sri Lanka has declared the persons named below to be designated persons: Ravi "
    "Kumar and the Eastern Relief Trust.",
    "The Minister of Finance of Kenya has declared the following groups to be specified entities: the Coastal "
    "Front and the Ansar Relief Trust.",
])
def test_a_notice_makes_funds_unavailable_or_declares_a_status(notice):
    """`make unavailable` is a freeze in other words; a status the parser reads as a clause (`to be specified
    entities`) is still the status the declaration gives."""
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "The mobile banking app will be unavailable on Sunday while the bank upgrades its servers.",
    "The league declared the following players to be free agents after their contracts expired.",
    "The committee declared the following candidates to be elected members of the board.",
])
def test_an_unavailable_service_or_a_declared_status_of_everyday_life_is_no_sanction(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("text", [
    # a service's base named by the service's acronym, or a place military by itself
    "Two new C-130J transport aircraft landed at RNZAF Base Ohakea on Tuesday after a ferry flight from the United "
    "States.",
    "Eight Bushmaster armoured vehicles donated by Australia arrived at the barracks in Port Moresby this week.",
    # a service as the place of receipt, and the receipt of materiel at a base
    "The Air Chief Marshal attended the ceremony receiving four new trainer aircraft at Wing 4.",
    "The Commander of the Navy presided over the ceremony of receipt of two patrol boats at the naval base of Toulon.",
    # a service named by its chief or its soldiers, and acceptance as receipt
    "The Chief of the Air Force signed the acceptance document for the first A400M aircraft at the factory.",
    "Soldiers of the 5th Armoured Brigade took over thirty new tanks at the garrison in Wesola.",
    "Sailors of the Ghana Navy took over two patrol boats from the Chinese shipbuilder at the dockyard.",
    # a materiel that joins a named service
    "The second offshore patrol vessel will join the Western Fleet after its delivery voyage.",
])
def test_materiel_into_a_service_s_hands_whoever_names_it(text):
    assert escalations(text, "arms_delivery")


@pytest.mark.parametrize("text", [
    "A Qantas Airbus A380 touched down at Sydney Airport after its delivery flight from Toulouse.",
    "The chief executive of the ferry company signed the acceptance certificate for the new passenger ship.",
    "The Hellenic Navy frigate joined the US Navy's Sixth Fleet for a joint exercise.",
    "A Boeing 787 of the national airline touched down at RAAF Base Darwin to refuel.",
    "Members of the Tartan Army took over the city square before the match.",
    "The new ferry will join the company's fleet on the northern route next month.",
    "The cruise ship arrived at the station pier of Port Melbourne on Sunday.",
    "Fans of the club took over the stadium for the final home match of the season.",
])
def test_civil_craft_and_their_owners_receive_no_arms(text):
    assert escalations(text, "arms_delivery") == []


def test_materiel_offered_by_a_state_and_received_was_given():
    text = ("The Guinea-Bissau Armed Forces received on Monday, at the Amura barracks, ten pickup trucks and "
            "radios offered by the Kingdom of Spain.")
    assert {s.status for s in signals(text) if s.type == "arms_delivery"} == {"actual"}


def test_materiel_merely_offered_stays_an_offer():
    text = "Spain offered ten patrol boats to the Senegalese Navy, officials said on Monday."
    assert "actual" not in {s.status for s in signals(text) if s.type == "arms_delivery"}


@pytest.mark.parametrize("notice", [
    "Further to the designation by the National Security Council, banks are requested to effect without delay the "
    "blocking of all accounts held by the six persons named in the schedule.",
    "The Bank of Uganda requests supervised institutions to proceed with the confiscation of the deposits of the "
    "entities listed in the annex.",
])
def test_a_nominalised_freeze_a_notice_asks_for_is_a_sanction(notice):
    """`carry out blocking of funds`, `proceed with the confiscation of`: the measure said as a noun."""
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "Fans criticised the blocking of the stadium car park by delivery vans before the derby.",
    "The referee's blocking of the penalty appeal angered the home side.",
])
def test_an_everyday_blocking_is_no_sanction(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("notice", [
    "All stockbrokers and insurers are directed to freeze forthwith the accounts and securities of the individuals "
    "named in the annex to the decision of the Council of Ministers.",
    "Further to the decision of the National Committee, regulated persons shall block immediately the accounts of "
    "the designated entities and report to the Central Bank of Jordan.",
])
def test_regulated_parties_of_every_sector_ordered_to_freeze_make_a_notice(notice):
    """Brokers, insurers, finance companies and `regulated persons` are parties a notice obliges, and `forthwith` is
    no particle of `freeze`."""
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "Insurers are directed to settle flood claims forthwith, the consumer ombudsman said.",
    "Stockbrokers must freeze their fees for retail clients until June, the exchange announced.",
])
def test_everyday_orders_to_brokers_or_insurers_are_no_sanction(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("notice", [
    "By the decision of the Cabinet, the measures prohibiting the import of all coal shipped from North Korea have "
    "been extended until 2029.",
    "Following the decision of the Council of Ministers, the restrictions banning the export of all machinery "
    "to the Russian Federation have been prolonged by one year.",
])
def test_an_extended_measure_a_notice_names_is_taken(notice):
    """The measure's participle describes its own noun (`the measures prohibiting`): no one acts in it, and the
    notice's decision extends it."""
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "The club said the rules prohibiting the sale of alcohol in the stadium have been extended to the new season.",
])
def test_an_extended_everyday_rule_is_no_sanction(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("notice", [
    "The Financial Intelligence Authority notifies all reporting institutions that two entities have been added to "
    "the list. Reporting institutions must immediately freeze any funds of the listed entities.",
])
def test_a_present_notification_the_parser_reads_as_a_noun_is_a_notice(notice):
    """`notifies` tagged a plural noun with the body as its compound: a noun takes no object, so the body relays."""
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "Consumer notifies of price rises from the energy companies doubled last winter.",
])
def test_notices_as_plural_nouns_make_no_notice(text):
    assert escalations(text, "sanctions") == []


@pytest.mark.parametrize("notice", [
    "The Central Bank of Bahrain informs licensees that the Security Council Committee has deleted one entity from "
    "the Al-Shabaab Sanctions List. Where assets of that entity were blocked only because of the listing, licensees "
    "may unblock them.",
    "The Financial Supervisory Authority informs banks of changes to the ISIL (Da'esh) and Al-Qaida Sanctions List. "
    "If funds were frozen solely because of the removed entry, banks may release them.",
])
def test_a_delisting_notice_relays_a_list_and_releases_what_was_frozen(notice):
    """The list a body tells others about is no measure it takes; a freeze in a clause on the releasing verb is
    what is released."""
    assert escalations(notice, "sanctions") == []


@pytest.mark.parametrize("text", [
    # a service's unit named through the service's own name, receiving as the subject
    "The Tuvalu Police Force Maritime Unit commissioned its new patrol vessel at Funafuti on Monday.",
    "The Tonga Police Maritime Wing took over two patrol boats at Nukualofa.",
    # a force word ahead of its base's name
    "Two C-130J aircraft handed over by the United States joined Air Wing Ohakea on Monday.",
    "Six armoured vehicles that arrived from Turkey on Friday will join Mechanised Brigade Tapa.",
    # a capitalised force named for its state is a service, no company
    "Australia handed over a patrol boat to the Kiribati Police Maritime Wing at a ceremony in Tarawa.",
])
def test_materiel_reaches_a_service_named_by_its_unit_or_base(text):
    assert escalations(text, "arms_delivery")


@pytest.mark.parametrize("text", [
    "The tourists that arrived from Norway on Friday will join the Sami reindeer festival.",
    "The traffic police received twenty speed cameras from the city council to improve road safety.",
    "The Air India Fleet Services unit received two new Boeing 787 jets on Monday.",
    "The Harbour Maritime Services Unit took over two tug boats at the port.",
])
def test_visitors_road_kit_and_an_airline_unit_receive_no_arms(text):
    assert escalations(text, "arms_delivery") == []


@pytest.mark.parametrize("text, source, target", [
    # the owner named on what is received gave it
    ("Ukraine received Turkish drones on Monday.", "TUR", "UKR"),
    ("The Colombian Navy incorporated two ex-US Navy cutters into its fleet.", "USA", "COL"),
    ("The Philippine Navy commissioned two former South Korean corvettes.", "KOR", "PHL"),
    # a receiver named by its service's members or by its unit has the service's state
    ("Sailors of the Royal Thai Navy took over three patrol boats at Sattahip.", None, "THA"),
    ("The Tonga Police Maritime Wing took over two patrol boats at Nukualofa.", None, "TON"),
])
def test_a_received_delivery_runs_from_the_materiel_s_owner_to_the_receiver_s_state(text, source, target):
    assert {((s.source and s.source.code), (s.target and s.target.code))
            for s in signals(text) if s.type == "arms_delivery"} == {(source, target)}


@pytest.mark.parametrize("notice", [
    "All remittance providers are hereby instructed to block, without delay and without notice, the accounts of the "
    "persons specified in the attached schedule.",
    "Every licensed insurer shall immediately immobilise all premiums and claims payable to the designated entities "
    "and report the amounts to the Financial Intelligence Centre.",
    "Credit institutions are required to suspend forthwith any transfer involving the listed individuals.",
    "Freeze all funds and economic resources of the six entities named in the annex and report within five days.",
    "Customs brokers must refuse clearance for any consignment addressed to the entities on the control list.",
])
def test_a_measure_a_notice_orders_is_in_force_whatever_its_object(notice):
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "Retailers are required to freeze minced meat within four hours and must block the sale of thawed goods.",
    "The coach said players must suspend their holidays as the club is required to freeze wages until June.",
    "Users are instructed to block suspicious numbers and must not share passwords with anyone.",
    "Financial institutions are no longer required to freeze the funds of the persons removed from the list.",
    "The European Union must freeze the assets of the listed oligarchs, the opposition leader said.",
])
def test_an_everyday_or_withdrawn_obligation_orders_no_measure(text):
    assert not escalations(text, "sanctions")


@pytest.mark.parametrize("notice", [
    "With effect from 10 June it is prohibited to sell or transfer drone engines and navigation modules to Iran.",
    "The supply, sale and transfer of marine engines to the destinations specified in the First Schedule are "
    "prohibited.",
    "The Order, which prohibits the supply of aircraft parts to Myanmar, enters into force on Monday.",
])
def test_a_trade_act_forbidden_outright_is_a_measure(notice):
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "The city council banned the sale of fireworks in the old town ahead of the festival.",
    "It is prohibited to sell alcohol to persons under 18 in licensed premises.",
    "The export of the painting is no longer prohibited after the museum dropped its claim.",
])
def test_a_rule_at_home_or_lifted_forbids_no_trade_with_a_party(text):
    assert not escalations(text, "sanctions")


@pytest.mark.parametrize("text, source, target", [
    ("Field radios and armoured ambulances provided by the Government of Japan were presented to the Philippine "
     "Army at Camp Aguinaldo.", "JPN", "PHL"),   # the giver named on one of the goods gives them all
    ("Germany presented mine-clearing vehicles and body armour to the Lithuanian Armed Forces in Vilnius.",
     "DEU", "LTU"),
    ("India transferred two Dornier aircraft to the Sri Lanka Air Force at a ceremony in Colombo.", "IND", "LKA"),
])
def test_materiel_given_to_a_state_s_force_is_delivered_whatever_the_verb(text, source, target):
    found = escalations(text, "arms_delivery")
    assert any((s.source and s.source.code) == source and s.target and s.target.code == target for s in found)


@pytest.mark.parametrize("text", [
    "The minister presented medals and certificates to the Nigerian Army's football team after the final.",
    "The committee provided its findings to the Kenyan Army and gave support to the families of the victims.",
    "The president transferred command to the army chief before leaving for the summit.",
])
def test_honours_advice_or_command_given_to_a_force_are_no_delivery(text):
    assert not escalations(text, "arms_delivery")


@pytest.mark.parametrize("url, publisher", [
    ("https://www.centralbank.gov.xk/circulars", None),   # no ISO code: no state
    ("https://www.bsp.gov.ph/Regulations/notice.html", "PHL"),
    ("https://www.mof.go.kr/en/", "KOR"),
    ("https://www.gob.pe/mef", "PER"),
    ("treasury.gov", "USA"),
    ("https://www.sanctions.admin.ch/", "CHE"),
    ("https://eeas.europa.eu/press", "EU"),
    ("https://www.aljazeera.com/news/2026/sanctions", None),
    ("https://www.governmentnews.com.au/", None),
    ("", None),
])
def test_an_official_host_names_its_state_or_body_and_a_news_site_none(url, publisher):
    from pipeline.signals import publisher_of
    assert publisher_of(url) == publisher


def test_a_notice_on_an_official_host_takes_its_publisher_as_issuer():
    nlp = load_nlp()
    notice = ("All deposit-taking institutions are hereby instructed to block the accounts of the four entities "
              "specified in the schedule and to report within three days.")
    analysis = analyze_doc("circular", nlp(notice), url="https://www.bsp.gov.ph/circulars/2026-11")
    assert {s.source.code for s in analysis.signals if s.type == "sanctions" and s.source} == {"PHL"}
    assert not {s.source for s in analyze_doc("circular", nlp(notice), url="https://www.rappler.com/business").signals
                if s.type == "sanctions" and s.source}


def test_a_speech_on_an_official_host_lends_no_issuer_to_the_measures_it_mentions():
    nlp = load_nlp()
    speech = ("Thank you all for coming. As you know, sanctions have been a topic at every summit this year, and the "
              "freezing of assets is one of the tools our partners keep discussing.")
    analysis = analyze_doc("remarks", nlp(speech), url="https://www.whitehouse.gov/briefing-room/remarks")
    assert not [s for s in analysis.signals if s.type == "sanctions" and s.source]


def hosted(text, url, kind, headline=None):
    """(source, target) codes of a text's signals of a kind, the text published at `url` under `headline`."""
    nlp = load_nlp()
    heading = partial(nlp, headline) if headline else None
    return {((s.source and s.source.code), (s.target and s.target.code))
            for s in analyze_doc("notice", nlp(text), heading, url=url).signals
            if s.type == kind and s.status in ("actual", "planned")}


@pytest.mark.parametrize("text, url, dyad", [
    ("Importers are reminded that the Special Economic Measures (Myanmar) Regulations, which prohibit the "
     "importation of rubies and jade, remain in force.", "https://www.cbsa-asfc.gc.ca/notices", ("CAN", "MMR")),
    ("Exporters should note that the Syria (Restrictive Measures) Ordinance, which bans the exportation of "
     "luxury goods, applies from Monday.", "https://www.tid.gov.hk/", ("HKG", "SYR")),
])
def test_a_state_in_a_law_s_title_is_what_the_law_is_about_not_its_maker(text, url, dyad):
    assert dyad in hosted(text, url, "sanctions")


def test_a_state_in_a_law_s_title_in_news_is_still_no_issuer():
    assert not sources("The Iran Sanctions Act prohibits the sale of refinery equipment.", "sanctions") & {"IRN"}


def test_should_in_a_notice_on_an_official_host_is_an_order():
    text = ("Three persons have been added to the sanctions list. Businesses should review their records and, where "
            "they hold assets of these persons, should block them without delay.")
    headline = "Sanctions notice: three persons listed"
    assert {source for source, _ in hosted(text, "https://www.finance.gov.ie/", "sanctions", headline)} == {"IRL"}


def test_should_not_in_a_speech_on_an_official_host_makes_no_notice():
    speech = ("Sanctions on the regime's banks remain in place. Insurers and other firms should not wait for their "
              "governments before they cut their ties.")
    assert not {s for s, _ in hosted(speech, "https://www.finance.gov.ie/", "sanctions", "Minister's remarks") if s}


def test_should_in_news_or_guidance_is_advice():
    news = ("Three persons have been added to the sanctions list. Analysts said businesses should review their "
            "records and should block any assets of these persons.")
    assert not {s for s, _ in hosted(news, "https://www.irishtimes.com/business", "sanctions", "Sanctions notice") if s}
    exception = ("The Authority has clarified that food shipments are covered by a humanitarian exception to the "
                 "restrictions on listed persons. Firms should keep records of such payments.")
    assert not hosted(exception, "https://www.finance.gov.ie/", "sanctions")


@pytest.mark.parametrize("text", [
    "The import policy of used aircraft tyres has been revised from Restricted to Prohibited.",
    "Export of rice bran is moved from Free to the Restricted category with immediate effect.",
])
def test_a_trade_policy_changed_to_a_restrictive_status_is_a_prohibition(text):
    assert {s for s, _ in hosted(text, "https://www.dgft.gov.in/", "sanctions")} == {"IND"}


def test_a_trade_policy_changed_to_free_lifts_it():
    text = "The export policy of onions is amended from Prohibited to Free with immediate effect."
    assert not hosted(text, "https://www.dgft.gov.in/", "sanctions")


@pytest.mark.parametrize("text, recipient", [
    ("Four armoured vehicles were gifted to the Ghana Armed Forces by the British High Commission.", "GHA"),
    ("The Ministry of Defence provided the Kenya Navy with two patrol boats and spare parts.", "KEN"),
])
def test_materiel_given_to_a_force_in_other_shapes_is_a_delivery(text, recipient):
    assert recipient in {s.target.code for s in escalations(text, "arms_delivery") if s.target}


@pytest.mark.parametrize("text", [
    "The pianist was gifted to the conservatory at the age of six.",
    "The academy provided the Kenya Navy with training and advice on procurement.",
    "The referee handed the ball to the Brazil captain.",
])
def test_gifts_training_and_a_ball_are_no_delivery(text):
    assert not escalations(text, "arms_delivery")


def test_entry_forbidden_is_the_entered_state_s_measure_on_those_who_would_enter():
    assert ("LTU", "BLR") in {((s.source and s.source.code), (s.target and s.target.code))
                              for s in escalations("Belarusian officials may not enter Lithuania from Monday.",
                                                   "sanctions")}
    assert not escalations("Visitors may not enter the museum after five o'clock.", "sanctions")


@pytest.mark.parametrize("text, ends", [
    ("From 1 May, nationals of Eritrea are no longer permitted to enter Ethiopia.", ("ETH", "ERI")),
    ("Aircraft operated by airlines registered in Belarus shall not be allowed to enter the airspace of Poland.",
     ("POL", "BLR")),
    ("Vessels flagged in Iran are denied entry to Australian ports.", ("AUS", None)),
    ("Cargo flights operated by Iranian carriers will be refused landing in Armenia.", ("ARM", None)),
    ("Trawlers registered in Russia are denied access to the harbours of Norway.", ("NOR", None)),
])
def test_a_permission_denied_to_enter_a_state_or_its_ports_is_that_state_s_measure(text, ends):
    found = {((s.source and s.source.code), (s.target and s.target.code)) for s in escalations(text, "sanctions")}
    assert ends in found or ends[1] is None and ends[0] in {s for s, _ in found}


@pytest.mark.parametrize("text", [
    "Spectators will not be allowed to enter the stadium in Madrid before noon.",
    "Guests are not permitted to enter the pool area after dark.",
    "The striker was denied entry to the Turkish dressing room.",
    "Reporters were denied access to the trial of the two activists.",
    "The band was refused access to the stage in Dublin after the sound check.",
])
def test_a_venue_closed_to_visitors_is_no_entry_ban(text):
    assert not escalations(text, "sanctions")


@pytest.mark.parametrize("text", [
    "The Chief of Staff presided over the ceremony of handing over armoured vehicles to the Ghana Army.",
    "The Namibian Navy took receipt in Walvis Bay of two patrol vessels built in Brazil.",
    "Trucks arrived to speed the unloading of military vehicles consigned to the Uganda People's Defence Force.",
])
def test_materiel_a_service_receives_where_the_parser_misplaces_a_phrase_is_a_delivery(text):
    assert escalations(text, "arms_delivery")


@pytest.mark.parametrize("text", [
    "The army took control over the weapons stored at the depot.",
    "The club took delivery at Heathrow of its new kit for the season.",
    "Crates of books consigned to the Army Museum library arrived on Monday.",
])
def test_control_taken_kit_and_books_are_no_delivery(text):
    assert not escalations(text, "arms_delivery")


@pytest.mark.parametrize("text, url, headline, kind, source", [
    ("Q: What changes on 1 July? A: From 1 July shipments of potash from Belarus are suspended. Q: Are contracts "
     "signed earlier covered? A: Yes, there is no transition period.", "https://www.trade.gov.cy/faq",
     "Fertiliser imports from Belarus: questions and answers", "sanctions", "CYP"),
    ("Supplied since the previous update: 6 towed howitzers with ammunition; 20 mine-protected vehicles; 3 coastal "
     "radar systems. The list is updated monthly.", "https://www.mod.gov.ee/support",
     "Military assistance to Ukraine: update of 3 March", "arms_delivery", "EST"),
    ("Equipment delivered in February:\n- 6 towed howitzers with ammunition;\n- 20 mine-protected vehicles;\n"
     "- 3 coastal radar systems.", "https://www.mod.gov.ee/support", "Military assistance to Ukraine",
     "arms_delivery", "EST"),
    ("Item 2. The Cabinet took note of the report of the Minister. Item 3. Effective immediately, deliveries of "
     "electricity from Russia are halted until further notice.", "https://www.energy.gov.lv/minutes-14",
     "Minutes of the Cabinet meeting of 14 May (extract)", "sanctions", "LVA"),
    ("GENERAL NOTICE NO. 1412. Aircraft operated by the airlines named in the Schedule are barred from landing at "
     "any aerodrome in Mauritius with effect from 1 October 2027.", "https://www.gazette.gov.mu/extract-88",
     "Government Gazette No. 88 (extract)", "sanctions", "MUS"),
])
def test_a_notice_s_own_measure_that_no_sentence_rule_reads_is_its_publisher_s(text, url, headline, kind, source):
    assert source in {s for s, _ in hosted(text, url, kind, headline)}


@pytest.mark.parametrize("text, url, headline", [
    ("The entry for Blue Harbour Trading Ltd has been removed from the list. Its funds are no longer frozen and the "
     "prohibition on dealings with it has ended.", "https://www.fiu.gov.jm/notice-7",
     "Notice: removal of an entry from the list"),
    ("Payments of salaries to local staff of the listed bank are authorised, notwithstanding the asset freeze, until "
     "30 June.", "https://www.ofac.gov.ph/gl-3", "General licence No. 3"),
    ("Firms should check new customers against the consolidated list. Accounts of listed persons are frozen by law; "
     "a firm that finds a match must report it.", "https://www.fsa.gov.lk/screening",
     "Screening of customers against sanctions lists"),
    ("Exports of machinery to Russia were halved after the restrictions took effect, the statistics office said on "
     "Tuesday. Shipments of timber were also suspended by several firms.", "https://www.stats.gov.ee/news-3",
     "Exports to the east fell by a third in 2026"),
    ("Mr President, we meet as fighting continues. Imports of grain to the region are blocked by the war, and "
     "farmers pay the price. We must find a way to reopen the ports.", "https://www.mfa.gov.cz/speech-un",
     "Speech by the Minister at the General Assembly"),
    ("Decision 4. Tankers longer than 300 metres are barred from the northern berths during the dredging works.",
     "https://www.ports.gov.mu/minutes", "Minutes of the Harbour Board"),
    ("This morning 400 cadets joined the Navy. They have been issued their uniforms and rifles and will sail next "
     "week.", "https://www.mod.gov.mu/speech", "Address by the Commander at the graduation parade"),
    ("Nordvik Shipping has closed its office in Moscow and ended all exports of spare parts to Russian buyers.",
     "https://www.trade.gov.no/update", "Market update"),
    ("The annual review will be sent to the Select Committee on Strategic Export Controls, which examines the "
     "licensing decisions.", "https://www.trade.gov.no/review", "Annual review published"),
])
def test_a_notice_that_withdraws_relieves_advises_reports_or_rules_at_home_lends_no_issuer(text, url, headline):
    assert not {kind for kind in ("sanctions", "arms_delivery") if hosted(text, url, kind, headline)}


@pytest.mark.parametrize("text, url, headline, kind, source", [
    ("NOTICE is hereby given that the bank accounts of the companies named in the Second Schedule are attached "
     "until further order of the Court.", "https://www.justice.gov.bw/notice-51", "Government Notice No. 51",
     "sanctions", "BWA"),
    ("Payment institutions are hereby informed that the funds of the persons listed in the annex are attached until "
     "the review is complete.", "https://www.nbu.gov.sk/circular-4", "Circular No. 4", "sanctions", "SVK"),
    ("Since 1 June, officials of the ruling party of Belarus holding diplomatic passports are denied boarding on "
     "flights to Vilnius.", "https://www.urm.gov.lt/notice-12", "Notice on entry of Belarusian officials",
     "sanctions", "LTU"),
    ("Payment institutions are hereby informed that any payments to the entities in the annex shall be rejected.",
     "https://www.nbu.gov.sk/circular-5", "Circular No. 5", "sanctions", "SVK"),
])
def test_a_notice_s_own_everyday_verb_on_what_a_party_holds_is_its_measure(text, url, headline, kind, source):
    assert source in {s for s, _ in hosted(text, url, kind, headline)}


@pytest.mark.parametrize("text, url, headline", [
    ("The bank rejected the payment and held the funds after the card was reported stolen.",
     "https://www.reuters.com/business/card-fraud", "Card fraud rises"),
    ("Banks are asked to confirm that they hold no accounts of the clubs relegated this season.",
     "https://www.fa.gov.mt/notice-2", "Notice to banks"),
    ("Applications for residents' parking permits are refused where the vehicle is registered at another address.",
     "https://www.camden.gov.uk/parking", "Parking permits: who can apply"),
    ("The cruise line commissioned a new ship into its fleet at a ceremony in Miami on Monday.",
     "https://www.cruisenews.com/fleet", "A new ship joins the fleet"),
    ("A passenger was refused boarding after the airline found his passport had expired.",
     "https://www.bbc.co.uk/news/travel", "Passenger stranded at Gatwick"),
])
def test_everyday_refusals_holds_and_ships_outside_a_notice_of_measures_are_no_measure(text, url, headline):
    assert not {kind for kind in ("sanctions", "arms_delivery") if hosted(text, url, kind, headline)}


@pytest.mark.parametrize("text, kind", [
    ("The Cabinet decided on Friday to impose asset-freezing measures on nine officials of the junta.", "sanctions"),
    ("Norway has handed over four fast interceptor boats to Moldova to patrol the Dniester.", "arms_delivery"),
    ("Two landing craft donated by France were commissioned into the Senegalese Navy in Dakar.", "arms_delivery"),
    ("Turkey will hand over three unmanned surface vessels to the Azerbaijani Navy next month.", "arms_delivery"),
])
def test_asset_freezing_and_naval_craft_handed_to_a_state_are_their_measures(text, kind):
    assert escalations(text, kind)


@pytest.mark.parametrize("text", [
    "The coach handed the players new boots before the final in Madrid.",
    "The hotel froze its prices, and the landing craft museum in Poole reopened on Saturday.",
])
def test_handing_kit_and_a_museum_of_craft_are_no_delivery(text):
    assert not escalations(text, "arms_delivery") and not escalations(text, "sanctions")


@pytest.mark.parametrize("url", ["https://www.bundesregierung.de/breg-en/support", "https://www.bafa.de/export-control"])
def test_federal_hosts_of_other_shapes_are_official(url):
    from pipeline.signals import publisher_of
    assert publisher_of(url) == "DEU"


@pytest.mark.parametrize("text, url", [
    ("From 1 July no licence shall be issued for the export of drone engines to buyers in Syria.",
     "https://www.exportcontrol.gov.sg/notices"),
    ("No authorisation will be granted for the transfer of navigation equipment to the persons named in Schedule 2.",
     "https://www.gov.uk/export-notices"),
    ("Applications for permits to ship machine tools to Belarus will be refused with immediate effect.",
     "https://www.bafa.de/export-control"),
    ("With effect from Monday, Customs will suspend clearance of shipments of drone parts bound for the four firms "
     "named in the annex.", "https://www.customs.gov.hk/notices"),
])
def test_a_grant_a_notice_withholds_for_a_state_or_listed_party_is_a_sanction(text, url):
    assert hosted(text, url, "sanctions")


@pytest.mark.parametrize("text, url", [
    ("Incomplete applications will be rejected and no licence will be issued until the fee is paid.",
     "https://www.fishing.gov.au/licences"),
    ("Customs will suspend clearance at the Lo Wu control point during the holiday weekend.",
     "https://www.customs.gov.hk/notices"),
    ("No export licence will be issued for dual-use items destined for Iran, officials said.",
     "https://www.reuters.com/world"),
])
def test_office_rules_and_news_of_a_refused_grant_are_no_sanction(text, url):
    assert not hosted(text, url, "sanctions")


@pytest.mark.parametrize("text, dyad", [
    ("Japan has handed the Philippines two coastal patrol boats.", ("JPN", "PHL")),
    ("Poland handed Ukraine a battery of howitzers last week.", ("POL", "UKR")),
    ("Poland handed howitzers to Ukrainian units at its border crossing.", ("POL", "UKR")),
    ("Denmark donated its whole fleet of self-propelled howitzers to Ukraine.", ("DNK", "UKR")),
])
def test_materiel_handed_to_another_state_is_delivered(text, dyad):
    assert dyad in {((s.source and s.source.code), (s.target and s.target.code))
                    for s in escalations(text, "arms_delivery")}


@pytest.mark.parametrize("text", [
    "Russia handed new tanks to its armoured brigades in the west.",
    "The Russian defence ministry handed new howitzers to Russian units near Kursk.",
    "Iran handed 40 new attack drones to frontier units along its eastern border, state television said.",
    "The coach handed his striker a new contract before the derby.",
])
def test_materiel_handed_to_the_giver_s_own_forces_is_no_delivery(text):
    assert not escalations(text, "arms_delivery")


def test_a_delivery_list_dated_by_a_quarter_is_a_delivery():
    text = "Handed over this quarter: 6 patrol boats; 900 rifles; 14 armoured vehicles."
    assert hosted(text, "https://www.bundesregierung.de/breg-en/support", "arms_delivery")


def test_a_quarter_in_a_market_report_stays_everyday():
    text = "The carmaker handed over 40,000 vehicles to customers this quarter."
    assert not hosted(text, "https://www.bundesregierung.de/breg-en/economy", "arms_delivery")


@pytest.mark.parametrize("text", [
    "The embassy handed over radios to the coast guard through the Export Control and Border Security program.",
    "The Sanctions Compliance Initiative trained forty bank officers in Almaty last month.",
])
def test_a_measure_word_in_a_programme_s_name_is_no_measure(text):
    assert not escalations(text, "sanctions")


def test_a_measure_word_outside_a_programme_s_name_still_counts():
    assert escalations("Japan imposed export controls on chip equipment bound for Russia.", "sanctions")


def test_a_freeze_told_as_what_the_funds_are_subjected_to_is_the_notice_s():
    notice = ("By order of the Minister of Finance of Niger, the bank accounts of three companies linked to armed "
              "groups are subjected to a freeze for six months. Banks shall apply the measure without delay.")
    assert escalations(notice, "sanctions")


@pytest.mark.parametrize("text", [
    "Members' accounts are subject to a monthly fee of two euros.",
    "All runners are subject to a doping test after the marathon.",
])
def test_being_subject_to_an_everyday_charge_is_no_measure(text):
    assert not escalations(text, "sanctions")


def test_the_closure_of_airspace_to_a_state_s_aircraft_is_a_sanction():
    text = "Canada announced the closure of its airspace to all aircraft operated by Russian airlines."
    assert ("CAN", "RUS") in {(s.source and s.source.code, s.target and s.target.code)
                              for s in escalations(text, "sanctions")}


def test_the_closure_of_an_airport_for_repairs_is_no_sanction():
    assert not escalations("The city announced the closure of its airport for runway repairs.", "sanctions")


def test_a_prohibition_extended_on_a_state_s_aircraft_is_a_sanction():
    text = ("The Civil Aviation Office has decided to extend the prohibition on aircraft registered in Russia from "
            "landing at Finnish airports.")
    assert escalations(text, "sanctions")


def test_a_prohibition_on_smoking_is_no_sanction():
    assert not escalations("The council extended the prohibition on smoking in city parks.", "sanctions")


def test_port_access_refused_to_listed_ships_is_a_sanction():
    text = "The Port Authority has refused port access to eight tankers listed in the annex to the regulation."
    assert escalations(text, "sanctions")


def test_access_refused_to_fans_is_no_sanction():
    assert not escalations("The stadium refused access to 200 visiting fans on Saturday.", "sanctions")


def test_customs_declarations_refused_for_a_state_s_end_users_are_a_sanction():
    text = ("The Customs Service informs exporters that export declarations for goods whose end user is located in "
            "Iran will be refused.")
    assert escalations(text, "sanctions")


def test_incomplete_declarations_refused_are_an_office_rule():
    text = "The Customs Service informs travellers that incomplete declarations will be refused at the counter."
    assert not escalations(text, "sanctions")


def test_aircraft_received_at_a_base_from_a_state_named_next_are_delivered():
    text = ("Two patrol aircraft were received at the naval air base in Mombasa. They were donated by the Government "
            "of Italy.")
    assert "ITA" in {s.source.code for s in escalations(text, "arms_delivery") if s.source}


def test_official_words_for_aircraft_received_by_a_service_are_a_delivery():
    assert escalations("New aerial vectors were received on Friday at the air base of Niamey.", "arms_delivery")


def test_vectors_received_at_a_laboratory_are_no_delivery():
    assert not escalations("New viral vectors were received at the laboratory on Friday.", "arms_delivery")


def test_materiel_that_arrives_in_a_service_is_delivered_to_it():
    assert escalations("A new batch of armoured vehicles has arrived in the Land Forces.", "arms_delivery")


def test_buses_that_arrive_in_a_city_are_no_delivery():
    assert not escalations("A new batch of electric buses has arrived in the city.", "arms_delivery")


@pytest.mark.parametrize("text", [
    "The donated trucks will support the deployment of the Somali army in Gedo.",
    "The ambassador said the grant helps the deployment of Malian troops in the north.",
])
def test_a_deployment_a_gift_serves_is_no_buildup(text):
    assert not escalations(text, "troop_buildup")


def test_a_deployment_a_state_makes_is_still_a_buildup():
    assert escalations("Russia completed the deployment of two brigades to the border with Finland.",
                       "troop_buildup")


def test_a_service_commissioning_its_own_industry_s_ship_receives_no_delivery():
    text = "The Navy commissioned its first domestically built frigate at the Gdynia yard on Monday."
    assert not escalations(text, "arms_delivery")


def test_locally_made_arms_one_state_gives_another_are_delivered():
    assert escalations("Turkey delivered locally produced armoured vehicles to Kenya.", "arms_delivery")


def test_a_passive_freeze_whose_funds_the_parser_misplaces_falls_on_the_parties_they_belong_to():
    text = ("By decree taken on the advice of the Financial Intelligence Unit, the funds, bank balances and other "
            "assets belonging to the entities named in the schedule are frozen for three months.")
    assert escalations(text, "sanctions")


def test_a_court_freezing_the_funds_of_two_brothers_is_no_sanction():
    text = "By order of the district court, the funds and assets belonging to the two brothers are frozen pending trial."
    assert not escalations(text, "sanctions")


def test_a_measure_noun_a_procedural_verb_takes_falls_on_the_parties_its_goods_belong_to():
    text = ("Supervised institutions are instructed to carry out without delay the blocking of all accounts, deposits and "
            "securities belonging to the persons designated in the attached list. Institutions must report the "
            "amounts blocked to the Financial Monitoring Service.")
    assert escalations(text, "sanctions")


def test_a_club_asked_to_proceed_with_freezing_wages_is_no_sanction():
    text = "The striker's club was asked to proceed with the freezing of his wages after a dispute over his contract."
    assert not escalations(text, "sanctions")


def test_goods_an_impersonal_prohibition_hangs_on_a_preposition_name_their_origin():
    text = ("From 1 September it is prohibited to import into the customs territory timber, gemstones and certain "
            "wood products originating in Myanmar.")
    assert {s.target.code for s in escalations(text, "sanctions") if s.target} == {"MMR"}


def test_an_import_ban_on_fireworks_from_unlicensed_factories_is_no_sanction():
    text = "It is prohibited to import into the country fireworks manufactured in unlicensed factories."
    assert not escalations(text, "sanctions")


def test_a_police_maritime_service_taking_boats_from_a_state_receives_a_delivery():
    text = "The Maritime Police of Tonga took possession of three patrol boats from Japan at a ceremony in Nuku'alofa."
    assert sources(text, "arms_delivery") == {"JPN"}


def test_harbour_police_taking_possession_of_a_stolen_yacht_receive_no_delivery():
    assert not escalations("The harbour police took possession of a stolen yacht abandoned by its owner.",
                           "arms_delivery")


def test_a_measure_noun_to_be_extended_to_counted_parties_is_the_notice_s_measure():
    text = ("Under the new decree, the freezing of assets is to be extended to 14 individuals and 3 companies listed "
            "in the appendix.")
    assert escalations(text, "sanctions")


def test_a_hiring_freeze_to_be_applied_to_departments_is_no_sanction():
    assert not escalations("A freeze on hiring is to be applied to 40 departments, the finance ministry said.",
                           "sanctions")


@pytest.mark.parametrize("notice", [
    "By decree of the Ministry of Interior, a prohibition of entry into the national territory has been imposed on "
    "12 officers of the Belarusian security services.",
    "The Directorate of Immigration has registered an impediment to entry against nine Venezuelan officials.",
])
def test_an_entry_prohibition_in_other_words_is_a_sanction(notice):
    """triggers.json: `prohibition of entry`, `impediment to entry` and the like bar a party as `denied entry` does."""
    assert escalations(notice, "sanctions")


def test_an_entry_restriction_on_a_venue_is_no_sanction():
    assert not escalations("The stadium announced a ban on entry for fans without tickets after kick-off.", "sanctions")


@pytest.mark.parametrize("notice", [
    "Pursuant to Resolution 7 adopted under the Sanctions Act, the property of the newly designated individuals is to "
    "be frozen forthwith.",
    "Under the regulation, the accounts of the designated entities are to be blocked without delay.",
])
def test_an_order_told_as_what_is_to_be_done_is_the_measure(notice):
    """`are to be frozen`: the copula's subject is what the order falls on, no one acting."""
    found = escalations(notice, "sanctions")
    assert found and all(s.plover == "SANCTION" for s in found)


def test_a_fixture_that_is_to_be_played_is_no_measure():
    assert not escalations("The postponed match is to be played behind closed doors next week.", "sanctions")


@pytest.mark.parametrize("record, url, issuer", [
    ("Entity name: Kestrel Maritime Trading LLC. Address: Dubai, United Arab Emirates. IMO number: 9345678. "
     "Restrictive measures: asset freeze. Date of designation: 2 June 2026.", "https://www.mfat.govt.nz/", "NZL"),
    ("Full name: Anatoly Kovalenko. Citizenship: Belarus. Type of measure: entry ban and freezing of assets. "
     "Legal basis: Government Order No. 44.", "https://www.vm.ee.gov.ee/", "EST"),
])
def test_a_record_of_fields_lists_the_party_its_measure_falls_on(record, url, issuer):
    """A sanctions listing turned into sentences names its party in its own fields (`Name:`, `Nationality:`)."""
    assert {source for source, _ in hosted(record, url, "sanctions") if source} == {issuer}


def test_a_record_with_no_party_field_keeps_a_home_rule_quiet():
    """Fields that name no listed party (a venue's rules) leave a ban at home no sanction, even on an official host."""
    record = ("Venue: Municipal Stadium. Opening hours: 9:00 to 18:00. Restrictions: smoking ban and alcohol ban. "
              "Contact: the parks department.")
    assert not {source for source, _ in hosted(record, "https://www.parks.gov.au/", "sanctions") if source}


@pytest.mark.parametrize("notice, url", [
    ("The Ministry hereby informs all reporting institutions that the companies named in the annex are subject to "
     "the blocking without delay of their accounts and deposits.", "https://www.mof.gov.kh/"),
    ("The associations listed below, all linked to the Taliban, are subject to the freezing with immediate effect of "
     "their funds.", "https://www.mfa.gov.tm/"),
])
def test_a_manner_phrase_between_a_measure_and_its_of_leaves_the_of_to_the_measure(notice, url):
    """classes.json `manner_nouns`: `the freezing without delay of their funds` freezes the funds, not the delay."""
    assert hosted(notice, url, "sanctions")


def test_a_manner_phrase_in_a_sports_notice_names_no_measure():
    notice = ("Members are subject to the payment without delay of their annual subscription to the rowing club; "
              "late payers are excluded from the regatta.")
    assert not hosted(notice, "https://www.sport.gov.ie/", "sanctions")


@pytest.mark.parametrize("notice", [
    "Residence permits will no longer be issued to officials of the Iranian Revolutionary Guard Corps.",
    "Export authorisations for dual-use items destined for Russia will no longer be granted.",
])
def test_a_grant_withheld_from_now_on_is_a_sanction(notice):
    """`no longer`: the parser hangs its `no` on the adverb, and the grant is as much withheld as by `not`."""
    assert hosted(notice, "https://www.foreign.gov.lt/", "sanctions")


def test_a_permit_no_longer_issued_for_a_home_matter_is_no_sanction():
    notice = "Fishing permits for the northern lake will no longer be issued during the spawning season."
    assert not hosted(notice, "https://www.fisheries.gov.bw/", "sanctions")


@pytest.mark.parametrize("notice", [
    "By order of the Minister, twelve armoured personnel carriers have been allocated to the Land Forces.",
    "Under Article 2 of the decree, the Ministry handed over to the Border Guard 14 armoured patrol vehicles.",
    "The keys of four patrol boats were entrusted to the commander of the Coast Guard by the Ambassador of Japan.",
])
def test_materiel_assigned_or_entrusted_to_a_service_is_a_delivery(notice):
    """`assign`, `allocate`, `entrust` give materiel to a service; a recipient the parser merges with the goods
    (`to the Border Guard 14 armoured patrol vehicles`) stays the recipient; the `keys of` a craft hand the craft over."""
    assert hosted(notice, "https://www.mod.gov.ge/", "arms_delivery")


def test_an_officer_assigned_to_a_service_is_no_delivery():
    notice = "Colonel Ana Beridze has been assigned to the Navy as deputy chief of staff from 1 May."
    assert not hosted(notice, "https://www.mod.gov.ge/", "arms_delivery")


@pytest.mark.parametrize("notice", [
    "Entrants to the sports hall are refused access to the changing rooms during the tournament.",
    "Vessels will be denied entry to the inner basin while the dredging works continue.",
])
def test_entry_refused_to_a_site_of_no_state_is_no_sanction(notice):
    assert not hosted(notice, "https://www.portauthority.gov.mt/", "sanctions")


def test_entry_refused_to_a_state_port_stays_a_sanction():
    notice = "Ships flying the flag of the Russian Federation are refused entry to the ports of Malta from 1 June."
    assert hosted(notice, "https://www.transport.gov.mt/", "sanctions")


@pytest.mark.parametrize("notice", [
    "Customs duties on imported solar panels are suspended until the end of the year.",
    "The Ministry has waived the port fees for cruise ships calling at Castries this season.",
])
def test_a_charge_taken_away_is_relief_no_sanction(notice):
    """classes.json `charges` under a `relieving_acts` word: a tax relief for those who pay."""
    assert not hosted(notice, "https://www.customs.gov.lc/", "sanctions")


def test_duties_imposed_on_a_state_stay_a_sanction():
    assert sources("The government imposed punitive duties on all imports from Russia.", "sanctions")


def test_a_measure_word_inside_an_office_name_is_no_measure():
    """notices.json `office_heads`: `the Sanctions Review Board` names an office, which here withdraws a listing."""
    notice = ("The Sanctions Review Board has struck the name of Mr. Omar Haddad off the national list; his "
              "property is released today.")
    assert not hosted(notice, "https://www.fiu.gov.mt/", "sanctions")


@pytest.mark.parametrize("record", [
    "Donation: six rigid-hulled patrol boats, spare engines and radios, from the Government of Japan to the Maritime "
    "Wing of the Royal Solomon Islands Police Force.",
    "Gift: twelve light utility vehicles and two fuel trucks, from the Republic of Korea to the Timor-Leste Defence "
    "Force.",
])
def test_a_verbless_donation_record_is_a_delivery_to_the_service_it_names(record):
    """`Donation: <list>, from A to B`: a record names its event first and its parties in the list's phrases."""
    assert escalations(record, "arms_delivery")


def test_a_verbless_donation_record_to_a_school_is_no_arms_delivery():
    record = "Donation: forty laptops, two printers and a projector, from the Rotary Club to the Central High School."
    assert not escalations(record, "arms_delivery")


def test_items_announced_before_a_colon_are_what_the_service_received():
    """`The following items were received at <barracks>: <list>`: the list spells out what the clause received."""
    text = ("The following goods were received at Lanseria Army Barracks from the Republic of India: 8 troop carriers, "
            "6 light trucks and 20 tents.")
    assert escalations(text, "arms_delivery")


def test_items_announced_before_a_colon_at_a_school_are_no_delivery():
    text = "The following items were received at the village library: 300 books, 12 chairs and a photocopier."
    assert not escalations(text, "arms_delivery")


def test_a_batch_of_armoured_vehicles_taken_by_a_guard_is_a_delivery():
    """`took delivery of a batch of armoured vehicles`: the light noun counts the materiel that makes it military."""
    text = "The Presidential Guard took delivery of a second lot of armoured vehicles built in France."
    assert escalations(text, "arms_delivery")


def test_a_batch_of_buses_taken_by_a_transport_company_is_no_delivery():
    assert not escalations("The city transport company took delivery of a batch of electric buses.", "arms_delivery")


def test_fire_engines_donated_to_a_fire_brigade_are_no_arms():
    """A civil body whose name holds a force word (`Fire Brigade`) bears no arms: its equipment is no materiel."""
    text = ("Customs waived import duties on three fire engines and rescue equipment donated to the Kampala Fire "
            "Brigade by a German fire service.")
    assert not escalations(text, "arms_delivery")


def test_a_patrol_ship_built_at_the_own_yard_is_no_delivery():
    """A `making_verbs` participle with `at` a place of the receiving state: the state's own production."""
    text = ("The Chief of Defence commissioned the offshore patrol vessel Mkwawa, a warship built at the Tanzania "
            "Shipyard in Dar es Salaam, into the Tanzania Navy.")
    assert not escalations(text, "arms_delivery")


def test_a_patrol_ship_built_abroad_is_still_a_delivery():
    text = ("The Chief of Defence commissioned the offshore patrol vessel Mkwawa, a warship built at a shipyard in "
            "the Netherlands, into the Tanzania Navy.")
    assert escalations(text, "arms_delivery")


@pytest.mark.parametrize("text, url, target", [
    ("The Customs Authority announces the suspension of the entry of all fruit and vegetables of Syrian origin "
     "into the country until further notice.", "https://www.customs.gov.jo/", "SYR"),
    ("The import of textiles of Iranian manufacture is prohibited from 1 July.", "https://www.trade.gov.kw/", "IRN"),
])
def test_goods_of_a_state_s_origin_name_the_state_an_import_ban_falls_on(text, url, target):
    """`goods of Lebanese origin`: an origin noun a state's name describes, as `originating in` does."""
    assert target in {t for _, t in hosted(text, url, "sanctions")}


def test_a_product_of_french_origin_in_a_market_story_is_no_sanction():
    text = "Cheese of French origin remained the best seller at the market this winter."
    assert not escalations(text, "sanctions")


@pytest.mark.parametrize("text", [
    "All trade with the Republic of Suriname through the river crossings is suspended with effect from Monday.",
    "Commerce with the Kyrgyz Republic across the northern checkpoints is halted until further notice.",
])
def test_trade_with_a_state_suspended_by_a_notice_is_a_sanction(text):
    """An act of trade a notice suspends falls on the trading partner its `with` names; the suspension is the
    measure taken, no measure ended."""
    assert hosted(text, "https://www.commerce.gob.gt/", "sanctions")


def test_a_suspended_sanctions_regime_is_still_no_measure_taken():
    text = "The asset freeze on the listed persons is suspended until the court has ruled."
    assert not {t for _, t in hosted(text, "https://www.finance.gov.lk/", "sanctions") if t}


def test_trade_between_firms_suspended_in_the_news_is_no_sanction():
    text = "Trading in the shares of the mining company was suspended on Tuesday after its chief executive resigned."
    assert not escalations(text, "sanctions")


@pytest.mark.parametrize("text", [
    "Under the restrictive measures, the export of drone engines bound for Iran is prohibited.",
])
def test_goods_destined_for_a_state_name_the_state_an_export_ban_falls_on(text):
    """`bound for <state>`, `where destined for <state>`: a participle of destination names the state an export ban
    falls on."""
    assert "IRN" in {t for _, t in hosted(text, "https://www.customs.gov.sg/", "sanctions")}


def test_a_parcel_destined_for_a_hospital_is_no_sanction():
    assert not escalations("Medical parcels destined for the regional hospital were delayed by snow.", "sanctions")


def test_licences_denied_for_end_users_in_a_state_are_a_sanction():
    """`end users` names the party an export control falls on, no everyday scene of users."""
    text = ("At its last session the Export Control Commission denied licences for the export of machine tools to end "
            "users in the Russian Federation.")
    assert hosted(text, "https://www.economy.government.bg/", "sanctions")


def test_users_of_a_phone_app_set_a_civilian_scene():
    text = "Users of the ride-hailing app were banned from rating drivers after the update."
    assert not escalations(text, "sanctions")


@pytest.mark.parametrize("text, giver", [
    ("Supplier: Government of the Republic of Chile. Beneficiary: Ecuadorian Navy. Equipment: two coastal patrol "
     "boats and a radar station.", "CHL"),
    ("Consignor: Ministry of Defence of Greece. Consignee: Armed Forces of North Macedonia. Contents: thirty armoured "
     "personnel carriers.", "GRC"),
    ("Transfer: Ministry of Defence of Poland to the Ministry of Defence of Moldova. Goods: six armoured vehicles "
     "and night-vision devices.", "POL"),
])
def test_a_delivery_written_as_a_record_of_fields_is_the_giver_s(text, giver):
    """A record spreads one delivery over its fields (giver, receiver, goods), one a sentence: the materiel of the
    goods field goes from the giver field's party to the receiver field's."""
    assert giver in sources(text, "arms_delivery")


def test_a_record_of_donated_sports_kit_is_no_delivery():
    text = "Donor: Football Federation of Norway. Recipient: Youth League of Gambia. Items: 300 balls and jerseys."
    assert not escalations(text, "arms_delivery")


@pytest.mark.parametrize("text", [
    "The staff college received the following from the Royal Netherlands Army: four armoured ambulances and two "
    "unmanned aerial vehicles.",
    "The listed goods were received by the Demining Centre from the Slovak Armed Forces: two armoured trucks and "
    "mine detectors.",
])
def test_materiel_received_from_a_state_s_armed_service_is_delivered(text):
    """What another state's armed forces give is a delivery between states, whatever body receives it."""
    assert escalations(text, "arms_delivery")


def test_goods_received_from_a_company_are_no_delivery():
    text = "The school received the following from the Tata company on 3 May: four buses and forty computers."
    assert not escalations(text, "arms_delivery")


def test_a_lot_taken_up_after_its_arrival_is_received_by_the_service():
    text = ("A second batch of Akinci unmanned aerial systems landed at the civil airport on Friday. The Minister of "
            "Defence and the Commander of the Air Force received the shipment at the apron.")
    assert escalations(text, "arms_delivery")


def test_a_lot_of_vaccines_received_by_a_minister_is_no_delivery():
    text = ("A further batch of polio vaccines arrived at the airport on Friday. The Minister of Health received the "
            "consignment at the terminal.")
    assert not escalations(text, "arms_delivery")


def test_materiel_intended_for_an_armed_service_is_a_delivery():
    text = ("The south quay is closed on 9 May for the unloading of armoured vehicles intended for the Zambia "
            "Defence Force, a gift of the Republic of India.")
    assert escalations(text, "arms_delivery")


@pytest.mark.parametrize("text, url", [
    ("Aircraft registered in Iran are denied the right to land in or overfly Canadian territory.",
     "https://tc.canada.ca/notices"),
    ("Carriers licensed in Syria are refused permission to land in Jordanian territory.", "https://carc.gov.jo/"),
])
def test_a_right_to_enter_withheld_is_an_entry_ban(text, url):
    """A right or permission to land, enter or overfly withheld from a state's carriers is entry denied."""
    assert hosted(text, url, "sanctions")


def test_a_right_to_land_withheld_from_a_stadium_is_no_sanction():
    text = "Drone operators were denied the right to land near the stadium during the final."
    assert not escalations(text, "sanctions")


def test_an_entry_ban_with_a_waiver_is_in_force_not_threatened():
    """`unless cleared in advance`: a waiver names who may be let off the rule, it is no condition of a threat."""
    text = "Ships flying the flag of North Korea shall be refused entry to Japanese ports unless authorised in advance."
    statuses = {s.status for s in signals(text) if s.type == "sanctions"}
    assert statuses == {"actual"}


def test_a_threat_on_a_party_s_condition_stays_threatened():
    text = "The President said Turkey would close its border with Iraq unless Baghdad expelled the militants."
    assert not escalations(text, "sanctions")


def test_funds_that_are_to_be_frozen_after_a_that_clause_are_frozen():
    """`are to be frozen` where the tagger reads `frozen` as an adjective is still the order of a freeze."""
    text = ("The Committee decided at its meeting of 2 May that the cash and real property of the persons named "
            "below are to be frozen, pursuant to the Counter-Terrorism Law.")
    assert escalations(text, "sanctions")


@pytest.mark.parametrize("text", [
    "The goods are restricted imports and shall be kept in a bonded warehouse.",
    "These chemicals are controlled substances and must be stored under lock.",
])
def test_goods_named_as_a_restricted_class_are_no_measure(text):
    assert not hosted(text, "https://www.customs.gov.fj/", "sanctions")


def test_any_aircraft_concerned_refers_to_the_state_s_aircraft_named_before():
    text = ("The national airspace is open to all commercial flights, except aircraft registered in Mali. Any "
            "aircraft concerned requesting authorisation to land or overfly shall be refused.")
    assert hosted(text, "https://anac.gov.bf/", "sanctions")


def test_bank_balances_of_listed_persons_to_be_blocked_are_a_freeze():
    """Balances, securities and savings are holdings a freeze falls on, as funds and accounts are."""
    text = ("The Council resolved on 9 June that the bank balances and securities of the persons listed in the schedule "
            "are to be blocked forthwith.")
    assert escalations(text, "sanctions")


def test_a_bank_balance_blocked_by_a_card_error_is_no_sanction():
    text = "Customers found their bank balances blocked on Monday after a card-processing error, the lender said."
    assert not escalations(text, "sanctions")


def test_goods_whose_relative_clause_names_their_origin_fall_on_that_state():
    text = "Under the new decree, the import of aluminium products that originate in Russia is prohibited."
    assert {s.target.code for s in escalations(text, "sanctions") if s.target} == {"RUS"}


@pytest.mark.parametrize("text, measure", [
    ("The central bank informs banks that the US Treasury has removed two Peruvian traders from the List of "
     "Specially Designated Nationals.", False),
    ("The US Treasury has added two Peruvian traders to the List of Specially Designated Nationals.", True),
])
def test_a_name_taken_off_the_list_of_designated_nationals_is_no_measure(text, measure):
    assert bool(escalations(text, "sanctions")) == measure


@pytest.mark.parametrize("text, attack", [
    ("Italy handed over anti-drone systems and counter-IED kits to the Niger Armed Forces.", False),
    ("Insurgents planted an IED that killed four soldiers near the border with Mali.", True),
    ("The army launched a counter-attack against the rebels near Goma.", True),
])
def test_kit_against_a_device_is_no_attack_with_it(text, attack):
    assert bool(escalations(text, "attack")) == attack


def test_countering_kit_handed_over_is_still_delivered():
    text = "Italy handed over anti-drone systems and counter-IED kits to the Niger Armed Forces."
    assert sources(text, "arms_delivery") == {"ITA"}


@pytest.mark.parametrize("text, measure", [
    ("The Customs Office clarifies that the export ban on Russia does not apply to personal medicines carried by "
     "travellers.", False),
    ("The Treasury confirms that the asset freeze shall not extend to pension payments owed to listed persons.", False),
    ("The Customs Office announces that the export ban on Russia applies to all machine tools from Monday.", True),
])
def test_what_a_measure_does_not_cover_is_an_exemption(text, measure):
    assert bool(escalations(text, "sanctions")) == measure


def hosted_sanctions(body, headline, url):
    """A notice's sanctions as the extract stage reads them: its headline and its official host given beside it."""
    nlp = load_nlp()
    return [s for s in analyze_doc("notice", nlp(body), partial(nlp, headline), url=url).signals
            if s.type == "sanctions" and s.status in ("actual", "planned")]


@pytest.mark.parametrize("body, headline, measure", [
    ("The Trade Ministry will refuse all applications for import permits where the supplier is one of the six "
     "firms listed in the Annex.", "Notice: refusal of permit applications for listed suppliers", True),
    ("The Office has issued a general licence permitting UK persons to wind down transactions with the listed bank "
     "until 30 June.", "General licence INT/2026/12: wind-down of transactions with a listed bank", False),
])
def test_a_licence_applied_for_is_no_relief_granted(body, headline, measure):
    assert bool(hosted_sanctions(body, headline, "https://gov.uk/ecju/")) == measure


@pytest.mark.parametrize("text, measure", [
    ("The Ministry has launched a search portal that combines the national asset freeze list and the UN Security "
     "Council Consolidated List.", False),
    ("The agency has updated its screening tool, including the Entity List and the Sanctions List of the Treasury.",
     False),
    ("Users can now search the Consolidated List of asset freeze targets by name or alias.", False),
    ("The Ministry of Finance has added four Iranian companies to the national asset freeze list.", True),
])
def test_a_list_a_tool_holds_or_a_user_searches_is_no_measure(text, measure):
    assert bool(escalations(text, "sanctions")) == measure


@pytest.mark.parametrize("text, target", [
    ("The provision of reinsurance for cargoes of crude oil originating in Venezuela is prohibited.", {"VEN"}),
    ("The council suspended the provision of school meals during the summer holidays.", set()),
])
def test_a_service_cut_off_by_its_provision_is_a_measure(text, target):
    assert {s.target.code for s in escalations(text, "sanctions") if s.target} == target


@pytest.mark.parametrize("text, dyad", [
    # a share of the goods (a number or `first`, `last`, `rest` before `of`) carries the goods to the verb
    ("The Peruvian Navy took delivery of four of the six patrol vessels contracted from the yard in Busan.", "?>PER"),
    ("The Egyptian Army has received the last of the 46 howitzers supplied by Korea.", None),
    # a maker's release names the receiving state by the order: the buyer receives, it gives nothing
    ("Embraer handed over the second of four Super Tucano light attack aircraft ordered by the Air Force of Paraguay.",
     None),
    ("The yard in Lorient handed over two frigates ordered by the Hellenic Republic at a ceremony on Friday.", "?>GRC"),
    ("Hurkus trainers: Turkish Aerospace held a delivery ceremony for the first three of twelve HÜRKUŞ trainer aircraft"
     " ordered by the Republic of Niger, in the presence of officers of the Niger Air Force.", None),
    # goods handed over `free of charge`, which the parser hangs on the adverb
    ("Under the memorandum Japan will hand over free of charge rescue boats and radars to the Navy of Sri Lanka.",
     "?>LKA"),
])
def test_a_delivery_told_by_a_share_an_order_or_a_gift_for_nothing(text, dyad):
    found = escalations(text, "arms_delivery")
    assert found, signals(text)
    if dyad:
        got = {f"{s.source.code if s.source else '?'}>{s.target.code if s.target else '?'}" for s in found}
        assert dyad.split(">")[1] in {d.split(">")[1] for d in got}, got


@pytest.mark.parametrize("text", [
    # a firm's order, civil craft ordered by a civil ministry, players moved for nothing: no arms
    "The national airline took delivery of three of the ten airliners ordered from the planemaker.",
    "The yard handed over the first of two passenger ferries ordered by the island ferry company.",
    "The club will hand over free of charge two of its strikers to the navy football team.",
    "Airbus delivered the last of the 20 jets ordered by the budget carrier.",
    # the closing formula of a decree or a contract carried out: no killing
    "The Minister of the Interior is charged with the execution of the present ordinance.",
    "The Director of Customs is responsible for the execution of this regulation and of the annexed budget.",
    "The contractor completed the execution of the road works contract ahead of schedule.",
    # a force that escorts a cargo or that those given kit prepare to join is not deployed
    "The relief convoy will travel to the capital under escort of the national police.",
    "Norway will send medical kits to the Army for battalions preparing for peacekeeping deployments.",
])
def test_civil_orders_closing_formulas_and_escorts_stay_quiet(text):
    assert not [s for s in signals(text) if s.escalates], signals(text)


@pytest.mark.parametrize("text, kind", [
    # the same words on a killing or a real deployment keep their signal
    ("Insurgents announced the execution of four captured soldiers.", "attack"),
    ("Russia moved two battalions to the border under the protection of air defence units.", "troop_buildup"),
])
def test_killings_and_moves_beside_those_words_keep_their_signal(text, kind):
    assert any(s.type == kind for s in signals(text)), signals(text)


@pytest.mark.parametrize("text, url, kind, dyad", [
    ("Our sanctions and export controls are weakening Russia's ability to wage this war.",
     "https://home.treasury.gov/news/press-releases/jy1234", "sanctions", ("USA", "RUS")),
    ("The Ukrainians have used the weapons that we have provided very responsibly.",
     "https://www.defense.gov/News/Transcripts/", "arms_delivery", ("USA", "UKR")),
    ("We will keep providing Ukraine with the air defence interceptors it needs.",
     "https://www.defense.gov/News/Speeches/", "arms_delivery", ("USA", "UKR")),
])
def test_an_official_host_s_first_person_is_its_publisher(text, url, kind, dyad):
    assert dyad in hosted(text, url, kind)


def test_a_first_person_a_reporting_clause_gives_to_another_is_that_speaker_s():
    text = "We will send more drones to Ukraine, Latvia's defence minister said."
    assert ("LVA", "UKR") in hosted(text, "https://www.defense.gov/News/Releases/", "arms_delivery")
    assert not {source for source, _ in hosted(text, "https://www.reuters.com/world/", "arms_delivery")} - {"LVA"}



def test_aid_a_measure_suspends_is_no_aid_given():
    text = ("The Authority of Heads of State and Government of the Economic Community of West African States, meeting "
            "in extraordinary session, decides to impose the following measures with immediate effect: closure of "
            "land and air borders between ECOWAS Member States and Guinea-Bissau; suspension of all commercial and "
            "financial transactions, except for food; suspension of all financial assistance from ECOWAS "
            "institutions; and a travel ban and asset freeze on members of the military junta.")
    url = "https://www.ecowas.int/final-communique-guinea-bissau/"
    assert hosted(text, url, "sanctions")
    assert ("ECOWAS", "GNB") not in hosted(text, url, "agreement")


def test_an_aim_a_relative_clause_ties_to_money_is_a_measure_s():
    treasury = "https://home.treasury.gov/news/press-releases/jy1234"
    assert not hosted("We will continue to target those who generate revenue for the Iranian regime.", treasury,
                      "attack")
    assert hosted("We will target those who collaborate with the occupation forces.", "https://www.mod.gov.il/en/",
                  "attack")


@pytest.mark.parametrize("text", [
    "Today, Treasury is sanctioning Tornado Cash, a virtual currency mixer that launders the proceeds of cybercrimes.",
    "OFAC today sanctioned Hydra Market, the world's largest darknet market.",
])
def test_a_party_treasury_sanctions_is_sanctioned_whatever_its_business(text):
    assert ("USA", None) in hosted(text, "https://home.treasury.gov/news/press-releases/jy0916", "sanctions")


def test_a_measure_whose_scope_is_told_stands_where_its_parties_are_named():
    url = "https://home.treasury.gov/news/press-releases/jy0812"
    text = ("OFAC today issued guidance and an updated general license to reaffirm that U.S. sanctions on Russia do not "
            "target the production, sale, or transport of agricultural commodities.")
    assert ("USA", "RUS") in hosted(text, url, "sanctions", headline="Treasury Issues Guidance and General License")
    assert not hosted("The export prohibitions do not apply to personal belongings.", url, "sanctions")


def test_a_notice_headline_that_prohibits_exports_of_weapons_delivers_none():
    body = ("By Decision of the Government on the introduction of restrictive measures, any sale, supply, transfer "
            "or export of components used in the manufacture of unmanned aerial vehicles to any natural or legal "
            "person in Iran is prohibited. Customs offices shall not accept export declarations for such goods.")
    found = notice_signals(body, "Notice on the prohibition of exports of UAV components to the Islamic Republic of "
                                 "Iran")
    assert [s.type for s in found if s.status in ("actual", "planned")] == ["sanctions"]


def test_a_delivery_a_prohibition_falls_on_is_forbidden_in_each_of_its_words():
    text = "Any sale, supply, transfer or export of drones to any person in Iran is prohibited."
    assert hosted(text, "https://upravaprihoda.gov.me/en/news", "arms_delivery") == set()


@pytest.mark.parametrize("text", [
    # the office hung on the participle: "designated entities" read as a noun phrase
    "Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated entities and "
    "individuals involved in attempts to evade sanctions imposed by the United States on Russia.",
    # a sanctions office's everyday verb is its measure, whomever it falls on
    "In addition to sanctioning elites, OFAC designated 26 Russia- and Ukraine-based individuals and seven Russian "
    "entities in connection with the GoR's efforts to promulgate disinformation.",
    # a wealth fund named as a party is no sum approved
    "In addition, as directed by the President last week, OFAC sanctioned a key Russian sovereign wealth fund, the "
    "Russian Direct Investment Fund (RDIF), and its Chief Executive Officer.",
])
def test_a_sanctions_office_s_designations_are_its_measures(text):
    assert "USA" in {source for source, _ in hosted(text, "https://www.reuters.com/world", "sanctions")}


def test_a_sum_or_a_project_sanctioned_is_still_approved():
    assert hosted("The cabinet sanctioned funds for a new bridge over the river.", "https://www.thehindu.com/news",
                  "sanctions") == set()


def test_a_delisting_notice_that_recalls_the_listing_and_amends_its_list_takes_no_measure():
    notice = ("FINANCIAL SANCTIONS NOTICE\nBELARUS\n\n1. HM Treasury has revoked the designation of the individual "
              "listed below. He was originally designated in June 2021.\n\n2. The individual has been removed from the "
              "Consolidated List and his funds are no longer frozen. The UK Sanctions List has been amended to "
              "reflect this change.")
    analysis = analyze_doc("notice", load_nlp()(notice),
                           url="https://www.gov.uk/government/publications/financial-sanctions-notice-belarus")
    assert [s for s in analysis.signals if s.type == "sanctions" and s.status in ("actual", "planned")] == []
