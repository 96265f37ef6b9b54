"""--out FILE.ics: a View's calendar (due dates and reminders), written with the icalendar library.

icalendar is imported only here, when a user asks for a .ics file.
"""

from datetime import timedelta

from huabei_assist import __version__
from huabei_assist.render.view import CalendarEvent, View


def to_ics(view: View) -> str:
    if view.calendar is None:
        from huabei_assist.errors import InputError

        raise InputError("common.no_calendar")
    return ics_text(view.calendar.events, view.calendar.name)


def ics_text(events: list[CalendarEvent], calendar_name: str) -> str:
    """One VCALENDAR with an all-day VEVENT per event, each with a display alarm."""
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", f"-//huabei {__version__}//huabei_assist//ZH")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", calendar_name)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", _stamp())
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        if item.remind_days_before is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.summary)
            alarm.add("trigger", timedelta(days=-item.remind_days_before))
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical().decode("utf-8")


def _stamp():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).replace(microsecond=0)
