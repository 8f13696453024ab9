"""How signals become alerts: one per (dyad, type, window), updated by new sources, CAP-shaped."""
from datetime import datetime, timedelta, timezone
from xml.etree.ElementTree import fromstring

from pipeline.alerts import alert_key, fold_signal, index_change, routed
from pipeline.cap import CAP_NS, to_cap_xml
from schemas.alert import SignalEvent
from schemas.analysis import ActorRef, Signal

DAY = 86_400
MONDAY = datetime(2022, 1, 17, 22, 0, tzinfo=timezone.utc)


def delivery(status="actual", hedged=False) -> Signal:
    return Signal(type="arms_delivery", status=status, hedged=hedged,
                  source=ActorRef(name="United Kingdom", code="GBR"), target=ActorRef(name="Ukraine", code="UKR"),
                  evidence="A British military plane carried anti-tank weapons to Ukraine on Monday night",
                  start=0, end=80, confidence=0.9, plover="AID", cameo="072", trigger="anti-tank weapons")


def event(article_id, outlet, signal=None, when=MONDAY, duplicate_of=None) -> SignalEvent:
    return SignalEvent(article_id=article_id, outlet=outlet, url=f"https://{outlet}/{article_id}",
                       published=when, seen=when, signal=signal or delivery(), duplicate_of=duplicate_of)


def test_first_report_raises_an_alert_with_cap_vocabulary():
    alert = fold_signal(None, [], event("a1", "guardian"), 8.3, DAY)
    assert alert.msg_type == "Alert" and alert.version == 1
    assert alert.dyad == "GBR>UKR" and alert.type == "arms_delivery"
    assert alert.certainty == "Observed" and alert.urgency == "Immediate"
    assert alert.headline == "United Kingdom delivers weapons to Ukraine"
    assert alert.corroboration == 1 and alert.evidence[0].url == "https://guardian/a1"


def test_a_second_outlet_updates_the_same_alert_and_corroborates_it():
    first = fold_signal(None, [], event("a1", "guardian"), 8.3, DAY)
    second = fold_signal(first, ["a1"], event("b7", "reuters", when=MONDAY + timedelta(hours=1)), 9.0, DAY)
    assert second.id == first.id and second.msg_type == "Update" and second.version == 2
    assert second.references == [f"{first.id}@1"]
    assert second.corroboration == 2 and second.sources == ["guardian", "reuters"]
    assert second.last_seen > second.first_seen


def test_a_wire_copy_is_not_a_new_source():
    first = fold_signal(None, [], event("a1", "guardian"), 8.3, DAY)
    assert fold_signal(first, ["a1"], event("c2", "localpaper", duplicate_of="a1"), 8.3, DAY) is None


def test_the_same_signal_a_window_later_is_a_new_alert():
    assert alert_key(event("a1", "g"), DAY) == alert_key(event("a2", "g", when=MONDAY + timedelta(hours=1)), DAY)
    assert alert_key(event("a1", "g"), DAY) != alert_key(event("a3", "g", when=MONDAY + timedelta(days=1)), DAY)


def test_denied_and_hypothetical_signals_never_alert():
    for status in ("denied", "hypothetical"):
        assert fold_signal(None, [], event("a1", "g", delivery(status)), 0.0, DAY) is None


def test_threatened_sanctions_are_possible_and_hedging_lowers_certainty():
    sanctions = Signal(type="sanctions", status="threatened", source=ActorRef(name="United States", code="USA"),
                       target=ActorRef(name="Russia", code="RUS"), evidence="The US has threatened ...", start=0,
                       end=10, confidence=0.8, plover="THREATEN", cameo="1312")
    assert fold_signal(None, [], event("a1", "g", sanctions), 0, DAY).certainty == "Possible"
    hedged = fold_signal(None, [], event("a1", "g", delivery(hedged=True)), 0, DAY)
    assert hedged.certainty == "Likely"


def test_talks_lower_the_escalation_index_and_escalation_raises_it():
    talks = delivery().model_copy(update={"type": "talks", "plover": "CONSULT", "cameo": "040"})
    assert index_change(talks) < 0 < index_change(delivery())
    assert index_change(delivery("denied")) == 0


def test_cap_export_is_cap_1_2():
    alert = fold_signal(None, [], event("a1", "guardian"), 8.3, DAY).model_dump(mode="json")
    root = fromstring(to_cap_xml(alert).split("?>", 1)[1])
    ns = {"cap": CAP_NS}
    assert root.tag == f"{{{CAP_NS}}}alert"
    assert root.find("cap:msgType", ns).text == "Alert"
    assert root.find("cap:sent", ns).text == "2022-01-17T22:00:00+00:00"
    assert root.find("cap:info/cap:certainty", ns).text == "Observed"
    assert root.find("cap:info/cap:severity", ns).text in {"Extreme", "Severe", "Moderate", "Minor"}


def test_a_vaguer_copy_of_a_named_signal_raises_no_alert_of_its_own():
    named = delivery()
    vaguer = named.model_copy(update={"source": None})
    unnamed = named.model_copy(update={"source": None, "target": None})
    other_target = named.model_copy(update={"source": None, "target": ActorRef(name="Moldova", code="MDA")})
    talks = named.model_copy(update={"type": "talks", "plover": "CONSULT", "cameo": "040"})
    refused = delivery("denied")
    assert routed([named, vaguer, unnamed, other_target, talks, refused]) == [talks, named, other_target]


def test_headline_names_what_was_done_or_the_types_own_noun():
    from pipeline.alerts import headline
    assert headline(delivery().model_copy(update={"measure": "anti-tank weapons"})) == \
        "United Kingdom delivers anti-tank weapons to Ukraine"
    assert headline(delivery("planned")) == "Planned: United Kingdom delivers weapons to Ukraine"
