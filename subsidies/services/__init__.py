"""Use-cases of Samen Aan Zet, one module per actor: applicants, case handlers, jury, payments."""
