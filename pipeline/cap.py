"""Alerts as OASIS CAP 1.2 XML, for consumers whose tools read CAP."""
from __future__ import annotations

from datetime import datetime, timezone
from xml.etree.ElementTree import Element, SubElement, tostring

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
SENDER = "wirewatch"


def cap_time(iso: str) -> str:
    """CAP wants whole seconds and a numeric offset ("+00:00", never "Z")."""
    moment = datetime.fromisoformat(iso)
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return moment.replace(microsecond=0).isoformat()


def _reference(alert_id_version: str, sent: str) -> str:
    """CAP references are "sender,identifier,sent" triples."""
    return f"{SENDER},{alert_id_version},{sent}"


def to_cap_xml(alert: dict) -> str:
    """One CAP <alert> for one wirewatch alert (a dict as on the alerts topic)."""
    sent = cap_time(alert["last_seen"])
    root = Element("alert", xmlns=CAP_NS)
    for tag, text in (("identifier", f"{alert['id']}@{alert['version']}"), ("sender", SENDER), ("sent", sent),
                      ("status", "Actual"), ("msgType", alert["msg_type"]), ("scope", "Public")):
        SubElement(root, tag).text = text
    if alert["references"]:
        SubElement(root, "references").text = " ".join(_reference(r, cap_time(alert["first_seen"])) for r in alert["references"])
    info = SubElement(root, "info")
    for tag, text in (("category", "Security"), ("event", alert["type"].replace("_", " ")),
                      ("urgency", alert["urgency"]), ("severity", alert["severity"]),
                      ("certainty", alert["certainty"]), ("headline", alert["headline"]),
                      ("description", " … ".join(e["sentence"] for e in alert["evidence"][:3]))):
        SubElement(info, tag).text = text
    for name, value in (("dyad", alert["dyad"]), ("status", alert["status"]), ("plover", alert["plover"]),
                        ("cameo", alert["cameo"]), ("corroboration", str(alert["corroboration"])),
                        ("escalation_index", str(alert["escalation_index"]))):
        parameter = SubElement(info, "parameter")
        SubElement(parameter, "valueName").text = name
        SubElement(parameter, "value").text = value
    urls = [e["url"] for e in alert["evidence"] if e.get("url")]
    if urls:
        SubElement(info, "web").text = urls[0]
    area = SubElement(info, "area")
    SubElement(area, "areaDesc").text = " / ".join(
        (end or {}).get("name") or "unnamed" for end in (alert["source"], alert["target"]))
    return tostring(root, encoding="unicode", xml_declaration=True)
