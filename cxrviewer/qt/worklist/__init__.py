"""The worklist beside the viewer (File ▸ Screen folder…), one module per part the user sees.

- ``dock``: ``WorklistDock``, the side dock holding the panel, and View ▸ Worklist.
- ``panel``: ``BatchPanel``, the worklist itself: screening state, history, export; wires the parts below.
- ``history``: the history bar (earlier runs, *Resume*).
- ``progress``: the progress row while a folder is screened (speed, time left, *Cancel*).
- ``table_view``: the table on screen; ``table_model``: its rows, sorting and the flagged-only filter.
- ``filter_export``: the *Flagged only* and *Export CSV…* row.
"""
