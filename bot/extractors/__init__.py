"""Understanding of the employer's free-text answers during the eligibility check.

Pure functions, one module per subject; each returns None when the text says
nothing about its subject and never raises:

* :mod:`bot.extractors.contract` — type of contract (``extract_contract``), or the
  contracts the employer hesitates between (``extract_contract_options``);
* :mod:`bot.extractors.duration` — contract duration (``extract_duration``);
* :mod:`bot.extractors.place` — commune / department (``extract_place``);
* :mod:`bot.extractors.candidate` — status of the person to hire
  (``extract_candidate_status``) and their job-seeker registration
  (``extract_registration``);
* :mod:`bot.extractors.project` — whether a message describes a hiring
  project, and the check's answers it already gives (``extract_hiring_project``).

They load no spaCy model, so that the action server starts fast; the place
tables are read once, on first use.
"""
