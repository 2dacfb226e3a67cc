"""Paying grants, the same way for every chapter (Samen Aan Zet, the yearly operating grants of
recognised associations, the emergency fund): the Belgian structured reference per payment, the
SEPA credit-transfer file for the bank (``betaalbestanden``), and reading the bank's statement to
mark payments paid (``bankafschriften``)."""
