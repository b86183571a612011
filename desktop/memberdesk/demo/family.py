"""Who the demo members are: ages, occupations, pastimes and children that fit together.

A student is young and has no children on file; the retired are past fifty (women) or sixty
(men); a mother was 21 to 44 when her children were born, a father 22 to 50; children the
store keeps on file are those still young enough to be dressed and remembered on their
birthday. Members of the "students", "teachers" and "family" target groups are students,
teachers and parents.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from memberdesk.demo import vocabulary as V
from memberdesk.demo.columns import pick
from memberdesk.demo.fit import YEAR_DAYS

NO_CHILD = np.iinfo(np.int64).max // 4  # a birth day far in the future: no such child
MOTHER_AGES = (21.0, 40.0)  # a first child's mother
FATHER_AGES = (22.0, 45.0)
OLDEST_CHILD_ON_FILE = 18.0  # years: older children are no longer the store's business
SECOND_CHILD = "二宝"  # what a younger sibling is called when the elder has the same nickname


@dataclass
class Households:
    """Per member: the age, the latent birthday, the occupation, and up to two children."""

    age: np.ndarray  # years at the end of the history
    birthday: np.ndarray  # day number (the members table may still hide it as unknown)
    occupation: np.ndarray
    child_birth: np.ndarray  # (n, 2) day numbers; NO_CHILD where there is none on file
    child_girl: np.ndarray  # (n, 2) bool


def households(
    rng: np.random.Generator, gender: np.ndarray, detail: np.ndarray, enrolled_day: np.ndarray, end: int
) -> Households:
    n = len(gender)
    years_member = (end - enrolled_day) / YEAR_DAYS
    # Adults when they enrolled; a target group brings people of its own age.
    at_enrol = np.clip(rng.normal(36, 11, n), 18, 72)
    at_enrol = np.where(detail == "students", rng.uniform(18, 23, n), at_enrol)
    at_enrol = np.where(detail == "family", rng.uniform(27, 44, n), at_enrol)
    at_enrol = np.where(detail == "teachers", rng.uniform(24, 58, n), at_enrol)
    at_enrol = np.where(detail == "partner_business", rng.uniform(22, 55, n), at_enrol)
    age = at_enrol + years_member
    birthday = end - np.rint(age * YEAR_DAYS).astype(np.int64) - 1
    occupation = _occupations(rng, gender, at_enrol, detail)
    child_birth, child_girl = _children(rng, gender, age, birthday, occupation, detail, end)
    return Households(age, birthday, occupation, child_birth, child_girl)


def _occupations(
    rng: np.random.Generator, gender: np.ndarray, at_enrol: np.ndarray, detail: np.ndarray
) -> np.ndarray:
    """The occupation a member gave when enrolling, as fits that age."""
    n = len(gender)
    names = [o for o, _, _ in V.OCCUPATIONS_AT_WORK]
    women = pick(rng, names, n, [w for _, w, _ in V.OCCUPATIONS_AT_WORK])
    men = pick(rng, names, n, [m for _, _, m in V.OCCUPATIONS_AT_WORK])
    male = gender == "M"
    job = np.where(male, men, women)
    # before 23 (24 for a doctor) people hold first jobs, not professions
    young = (at_enrol < 23) | ((job == "医生") & (at_enrol < 24))
    first = pick(rng, V.FIRST_JOBS, n)
    first = np.where(male & (first == "护士"), "销售", first)
    job = np.where(young & ~np.isin(job, V.FIRST_JOBS), first, job)
    student_chance = np.where(at_enrol < 23, 0.6, np.where(at_enrol < 25, 0.1, 0.0))
    retired_chance = np.interp(at_enrol, [49, 50, 55, 60, 65], [0.0, 0.3, 0.7, 0.9, 0.95])
    retired_chance = np.where(male, np.interp(at_enrol, [59, 60, 65], [0.0, 0.8, 0.95]), retired_chance)
    draw = rng.random(n)
    occupation = np.where(draw < student_chance, V.STUDENT, job)
    occupation = np.where(draw > 1 - retired_chance, V.RETIRED, occupation)
    occupation = np.where(detail == "students", V.STUDENT, occupation)
    occupation = np.where(detail == "teachers", V.TEACHER, occupation)
    not_working = np.isin(occupation, (V.STUDENT, V.RETIRED, ""))
    return np.where(
        (detail == "partner_business") & not_working, np.where(job == "", "销售", job), occupation
    )


def _children(
    rng: np.random.Generator,
    gender: np.ndarray,
    age: np.ndarray,
    birthday: np.ndarray,
    occupation: np.ndarray,
    detail: np.ndarray,
    end: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Up to two children per member, born when the parent was old enough."""
    n = len(gender)
    mother = gender != "M"
    low, high = (
        np.where(mother, MOTHER_AGES[0], FATHER_AGES[0]),
        np.where(mother, MOTHER_AGES[1], FATHER_AGES[1]),
    )
    first_at = np.clip(np.where(mother, rng.normal(27.5, 3.5, n), rng.normal(29.5, 4.0, n)), low, high)
    family = detail == "family"
    # a member who came with the family group has a child of up to 13 on file
    youngest = np.maximum(0.5, age - high)
    oldest = np.minimum(13.0, age - low)
    forced = youngest + rng.random(n) * np.maximum(oldest - youngest, 0)
    first_at = np.where(family, age - forced, first_at)
    second_at = first_at + rng.uniform(2, 8, n)
    parent = family | (rng.random(n) < 0.85)
    two = parent & (rng.random(n) < 0.35) & (second_at <= np.where(mother, 44.0, 50.0))
    at = np.stack([first_at, second_at], axis=1)
    born = birthday[:, None] + np.rint(at * YEAR_DAYS).astype(np.int64)
    child_age = end - born
    exists = np.stack([parent, two], axis=1) & (child_age >= 30)
    told = rng.random((n, 2)) < 0.7
    told[:, 0] |= family
    on_file = exists & told & (child_age < OLDEST_CHILD_ON_FILE * YEAR_DAYS)
    on_file &= (occupation != V.STUDENT)[:, None]
    child_birth = np.where(on_file, born, NO_CHILD)
    return child_birth, rng.random((n, 2)) < 0.48


def nicknames(rng: np.random.Generator, girl: np.ndarray) -> np.ndarray:
    """Children's nicknames as parents give them, by the child's gender."""
    k = len(girl)
    return np.where(girl, pick(rng, V.CHILD_NICKNAMES_GIRL, k), pick(rng, V.CHILD_NICKNAMES_BOY, k))  # type: ignore[no-any-return]


def pastimes(rng: np.random.Generator, gender: np.ndarray, age: np.ndarray) -> np.ndarray:
    """Hobbies; square dancing (广场舞) is for women past forty-five."""
    n = len(gender)
    hobby = pick(rng, V.HOBBIES, n)
    others = pick(rng, [h for h in V.HOBBIES if h != V.SQUARE_DANCE], n)
    dancer = (gender != "M") & (age >= 45)
    return np.where((hobby == V.SQUARE_DANCE) & ~dancer, others, hobby)


def hair(rng: np.random.Generator, gender: np.ndarray) -> np.ndarray:
    """Hair types; men's hair is not described as permed or curled."""
    n = len(gender)
    told = rng.random(n) < 0.6
    kind = np.where(gender == "M", pick(rng, V.HAIR_TYPES_MEN, n), pick(rng, V.HAIR_TYPES, n))
    return np.where(told, kind, "")


def income(rng: np.random.Generator, occupation: np.ndarray, sensitive: np.ndarray) -> np.ndarray:
    """Income bands (only where sensitive information was consented to); students earn little."""
    n = len(occupation)
    band = pick(rng, V.INCOME_BANDS, n)
    band = np.where(occupation == V.STUDENT, V.INCOME_BANDS[0], band)
    band = np.where(occupation == V.RETIRED, pick(rng, V.INCOME_BANDS[:2], n), band)
    return np.where(sensitive, band, None)
