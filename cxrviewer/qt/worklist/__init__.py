"""The worklist beside the viewer (File ▸ Screen folder…), one module per part the user sees.

- ``dock``: ``WorklistDock``, the side dock holding the panel, and View ▸ Worklist.
- ``panel``: ``BatchPanel``, the worklist itself: screening state, history, export; wires the parts below.
- ``history``: the history bar (earlier runs, *Resume*).
- ``progress``: the progress row while a folder is screened (speed, time left, *Cancel*).
- ``table_view``: the table on screen and its highlight (the navigator's steps); ``table_model``: its rows
  ("Read manually" first in every sort), sorting, the filters, the DICOM identifier columns.
- ``filter_export``: the *Flagged only*, *Not yet reviewed* and *Export CSV…* row.
"""
