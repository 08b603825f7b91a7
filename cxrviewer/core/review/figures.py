"""Running figures: how the model does against the clinic's own reviewers, as decisions accumulate.

Counted over the decision that counts for each image (its newest), and only where there is
something to compare: the image had a score with a flag, and the reviewer said *abnormal* or
*normal* (*unreadable* images are counted as reviewed but left out of every rate).

- **Sensitivity**: of the images the reviewers called abnormal, the share the model flagged.
  **Specificity**: of those called normal, the share it left below the threshold. Each with a 95%
  Wilson score interval, which stays inside 0–100% and is honest with the small counts a clinic
  starts with (the normal-approximation interval is not).
- **Disagreements**: every image whose flag and decision differ: *missed* (abnormal, not flagged)
  and *over-called* (normal, flagged).
- **Agreement drop warning** (the rule): order the compared images by when their decision was made;
  the *recent* window is the last ``WINDOW`` (50) of them, shortened so that at least ``MIN_EACH``
  (30) remain before it; it needs at least ``MIN_EACH`` itself. So the rule looks at nothing below 60
  compared images, at last-30-against-first-30 at 60, and at last-50-against-all-earlier from 80 on.
  It warns when the recent agreement is more than ``DROP_POINTS`` (15) percentage points below the
  earlier agreement. A drop like that means the images, the machine, the population or the reviewers
  changed, or the model is being used on what it was not made for: the administrator should look at
  the recent disagreements before trusting the flags further. It is a prompt to look, not a test.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from cxrviewer.core.errors import _, join
from cxrviewer.core.review.decisions import Decision

WINDOW = 50
MIN_EACH = 30
DROP_POINTS = 15.0
Z_95 = 1.959963984540054


def wilson_interval(successes: int, total: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval of ``successes / total`` (95% by default); (nan, nan) when ``total`` is 0."""
    if total <= 0:
        return float("nan"), float("nan")
    p = successes / total
    denominator = 1.0 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class Rate:
    """``hits`` of ``total`` with its 95% Wilson interval; ``value`` is nan when ``total`` is 0."""

    hits: int
    total: int

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else float("nan")

    @property
    def interval(self) -> tuple[float, float]:
        return wilson_interval(self.hits, self.total)

    def words(self) -> str:
        """"85% (95% CI 70–93%; 34 of 40)" or "no cases yet"."""
        if not self.total:
            return _("no cases yet")
        low, high = self.interval
        return _("{value}% (95% CI {low}–{high}%; {hits} of {total})").format(
            value=f"{100 * self.value:.0f}", low=f"{100 * low:.0f}", high=f"{100 * high:.0f}", hits=self.hits, total=self.total)


@dataclass(frozen=True)
class AgreementTrend:
    """The agreement-drop rule's inputs and verdict (see the module's docstring)."""

    recent: Rate
    earlier: Rate
    warning: bool

    @property
    def assessed(self) -> bool:
        return self.recent.total >= MIN_EACH and self.earlier.total >= MIN_EACH

    def words(self) -> str:
        if not self.assessed:
            return _("Agreement trend: needs at least {minimum} reviewed images with a score (now {count}).").format(
                minimum=2 * MIN_EACH, count=self.recent.total + self.earlier.total)
        text = _("Agreement over the last {recent} reviewed images: {recent_value}%; over the {earlier} before them: "
                 "{earlier_value}%.").format(recent=self.recent.total, recent_value=f"{100 * self.recent.value:.0f}",
                                             earlier=self.earlier.total, earlier_value=f"{100 * self.earlier.value:.0f}")
        if not self.warning:
            return text
        return join(" ", [text, _("Agreement has dropped by more than {points} points: look at the recent disagreements "
                                  "before relying on the flags (new equipment, other patients, or images the model was not "
                                  "made for?).").format(points=f"{DROP_POINTS:.0f}")])


@dataclass(frozen=True)
class RunningFigures:
    reviewed: int  # images with a decision
    by_decision: dict[str, int]  # decision -> images
    compared: int  # images with a score and an abnormal/normal decision
    unscored: int  # reviewed images that had no score (not counted in the rates)
    sensitivity: Rate
    specificity: Rate
    agreement: Rate
    trend: AgreementTrend
    disagreements: list[Decision] = field(default_factory=list)  # newest first
    model_versions: dict[str, int] = field(default_factory=dict)  # "name version" -> compared images


def disagreement_kind(decision: Decision) -> str:
    """"missed" (abnormal, not flagged), "over-called" (normal, flagged), or "" when they agree or cannot be compared."""
    if decision.agrees_with_model is not False:
        return ""
    return "missed" if decision.decision == "abnormal" else "over-called"


def running_figures(latest: Iterable[Decision]) -> RunningFigures:
    """Figures over the decisions that count (``ReviewStore.latest_decisions()``: one per image)."""
    decisions = sorted(latest, key=lambda d: d.id)
    compared = [d for d in decisions if d.agrees_with_model is not None]
    abnormal = [d for d in compared if d.decision == "abnormal"]
    normal = [d for d in compared if d.decision == "normal"]
    agreements = [bool(d.agrees_with_model) for d in compared]
    recent_size = min(WINDOW, len(compared) - MIN_EACH)
    if recent_size >= MIN_EACH:
        recent = Rate(sum(agreements[-recent_size:]), recent_size)
        earlier = Rate(sum(agreements[:-recent_size]), len(agreements) - recent_size)
        warning = 100.0 * (earlier.value - recent.value) > DROP_POINTS
    else:
        recent, earlier, warning = Rate(sum(agreements), len(agreements)), Rate(0, 0), False
    versions = Counter(f"{d.model_name} {d.model_version}".strip() for d in compared)
    return RunningFigures(
        reviewed=len(decisions),
        by_decision={name: sum(1 for d in decisions if d.decision == name) for name in ("abnormal", "normal", "unreadable")},
        compared=len(compared),
        unscored=sum(1 for d in decisions if not d.scored),
        sensitivity=Rate(sum(1 for d in abnormal if d.flagged), len(abnormal)),
        specificity=Rate(sum(1 for d in normal if not d.flagged), len(normal)),
        agreement=Rate(sum(agreements), len(agreements)),
        trend=AgreementTrend(recent, earlier, warning),
        disagreements=[d for d in reversed(compared) if d.agrees_with_model is False],
        model_versions=dict(versions.most_common()),
    )
