"""The recognition's workflow (docs/DESIGN.md §4): concept → ingediend → in behandeling →
erkend | geweigerd; erkend → geschorst → erkend | ingetrokken; erkend → verlopen at the end of
its validity (and a new application starts again from concept)."""

from erkenning.constants import ErkenningStatus as S

TRANSITIONS = {
    S.CONCEPT: {S.INGEDIEND},
    S.INGEDIEND: {S.IN_BEHANDELING},
    S.IN_BEHANDELING: {S.ERKEND, S.GEWEIGERD},
    S.ERKEND: {S.GESCHORST, S.INGETROKKEN, S.VERLOPEN},
    S.GESCHORST: {S.ERKEND, S.INGETROKKEN},
    S.GEWEIGERD: set(),
    S.INGETROKKEN: set(),
    S.VERLOPEN: set(),
}

# Counts as recognised (directory, operating grant, emergency fund).
GELDIG = {S.ERKEND}
