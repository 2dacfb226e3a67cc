"""Samen Aan Zet has no periodic task of its own: its reminders are rules (herinneringen.py) run by
the kernel's daily ``herinneringen-versturen``, its reports run through core.rapporten."""
