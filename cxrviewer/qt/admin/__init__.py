"""The administration window (Tools ▸ Administration…), one module per thing the administrator sees.

- ``dialog``: ``AdminDialog``, the frame: passphrase page, tabs, and the services they share
  (the check report, background jobs, activating a model, enabling controls).
- ``auth_page``: enter the administrator passphrase (set at installation), or say how IT sets one.
- ``models_tab``: the model in use, the models that can be put back, the audit log.
- ``data_tab``: check a folder or CSV list of the clinic's labelled X-rays.
- ``training_tab``: retrain in a child process, compare with the model in use, decide.
- ``threshold_tab``: adjust the review threshold on local X-rays without retraining.
- ``widgets``: figures in words, ``MessageLabel``, ``BackgroundJob``.

The main window imports ``cxrviewer.qt.admin.dialog`` only when the menu item is chosen, so nothing
here is loaded at start-up.
"""
