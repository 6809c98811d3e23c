"""Alarm instants as libical 3 (Debian's ``gir1.2-ical-3.0``) computes them; run by /usr/bin/python3.

Reads ``.ics`` paths from argv and prints one JSON object: ``{path: {uid: [epoch seconds]}}``.
libical resolves each TZID against the file's own VTIMEZONE (``icalcomponent_get_dtstart``) and
converts with ``icaltime_as_timet_with_zone`` (plain ``as_timet`` ignores the zone: 09:00 New
York came out as 09:00 UTC), the way Evolution's alarm code does; a relative trigger is added to
the start (or to DUE/DTEND for ``RELATED=END``). Any X-LIC-ERROR libical raises while parsing is reported under ``"errors"``.
"""

import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I  # noqa: E402

KINDS = (I.ComponentKind.VEVENT_COMPONENT, I.ComponentKind.VTODO_COMPONENT)


def errors(comp, found):
    prop = comp.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
    while prop is not None:
        found.append(prop.get_xlicerror())
        prop = comp.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
    sub = comp.get_first_component(I.ComponentKind.ANY_COMPONENT)
    while sub is not None:
        errors(sub, found)
        sub = comp.get_next_component(I.ComponentKind.ANY_COMPONENT)


def instants(comp):
    out = []
    start = comp.get_dtstart()
    alarm = comp.get_first_component(I.ComponentKind.VALARM_COMPONENT)
    while alarm is not None:
        prop = alarm.get_first_property(I.PropertyKind.TRIGGER_PROPERTY)
        if prop is not None:
            trigger = prop.get_trigger()
            moment = trigger.get_time()
            if moment is not None and not moment.is_null_time():
                out.append(moment.as_timet_with_zone(moment.get_timezone()))
            else:
                related = prop.get_first_parameter(I.ParameterKind.RELATED_PARAMETER)
                base = start
                if related is not None and related.get_related() == I.ParameterRelated.END:
                    base = comp.get_due() if comp.isa() == KINDS[1] else comp.get_dtend()
                out.append(base.as_timet_with_zone(base.get_timezone())
                           + trigger.get_duration().as_int())
        alarm = comp.get_next_component(I.ComponentKind.VALARM_COMPONENT)
    return out


def main(paths):
    result = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            root = I.Component.new_from_string(handle.read())
        found = []
        errors(root, found)
        items = {"errors": found}
        for kind in KINDS:
            comp = root.get_first_component(kind)
            while comp is not None:
                items[comp.get_uid()] = instants(comp)
                comp = root.get_next_component(kind)
        result[path] = items
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
