"""The clinician's decision on each image (the ``review`` layer: above ``screening``, below ``admin``).

- ``decisions``: ``ReviewStore``, decisions in the results database (one committed row per action,
  history kept, the latest counts), the local reviewer list, and the decision columns of the screening CSV.
- ``figures``: running figures of the model against the reviewers (sensitivity, specificity with
  Wilson intervals, disagreements, a warning when agreement drops).

``cxrviewer.core.admin.reviewed_set`` turns the reviewed images into the clinic's labelled set.
"""
