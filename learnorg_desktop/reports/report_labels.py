"""The report's own French and English texts: sheet names, column headers, indicator and value labels.

Qt-free on purpose: the CLI writes reports without Qt, and the GUI passes its UI language (`fr`/`en`).
Sheet names stay within Excel's 31 characters and avoid the characters it forbids (: \\ / ? * [ ]).
"""

from __future__ import annotations

from enum import StrEnum

from learnorg_desktop.enums import (
    ChecklistKind,
    NeedOrigin,
    NeedStatus,
    PersonKind,
    PersonStatus,
    RespondentGroup,
    SessionFormat,
    SessionStatus,
)
from learnorg_desktop.services.errors import ValidationError

LANGUAGES = ("fr", "en")

SHEETS: dict[str, dict[str, str]] = {
    "fr": {"summary": "Synthèse", "people": "Personnes", "skills": "Compétences", "needs": "Besoins",
           "onboarding": "Intégration", "sessions": "Sessions", "attendance": "Présences",
           "feedback": "Retours", "diagnostic": "Auto-diagnostic"},
    "en": {"summary": "Summary", "people": "People", "skills": "Skills matrix", "needs": "Needs",
           "onboarding": "Onboarding", "sessions": "Sessions", "attendance": "Attendance",
           "feedback": "Feedback", "diagnostic": "Self-diagnosis"},
}

# Column headers by key; a sheet lists the keys it shows (report_subjects.py).
HEADERS: dict[str, dict[str, str]] = {
    "fr": {
        "person": "Personne", "kind": "Type", "office": "Antenne", "role": "Rôle", "status": "Statut",
        "arrival": "Arrivée", "departure": "Départ", "email": "Courriel", "phone": "Téléphone",
        "languages": "Langues", "team": "Équipe", "subject": "Sujet", "origin": "Origine",
        "priority": "Priorité", "target_level": "Niveau visé", "target_date": "Échéance",
        "opened_on": "Ouvert le", "closed_on": "Clos le", "notes": "Notes", "checklist_kind": "Parcours",
        "template": "Modèle", "version": "Version", "started_on": "Commencé le", "done": "Étapes faites",
        "total": "Étapes", "progress": "Avancement", "overdue": "Étapes en retard", "next_due": "Prochaine échéance",
        "days_overdue": "Jours de retard", "starts_at": "Début", "title": "Intitulé", "format": "Format",
        "session_status": "État", "community": "Communauté", "hours": "Durée (h)", "online_hours": "En ligne (h)",
        "hosts": "Animation", "external_host": "Intervenant externe", "place": "Lieu", "capacity": "Places",
        "invited": "Invités", "attended": "Présents", "participants": "Participants", "skills": "Compétences",
        "session_date": "Date de la session", "session": "Session", "person_office": "Antenne de la personne",
        "was_invited": "Invité(e)", "was_present": "Présent(e)", "usefulness": "Utilité (1-5)",
        "quality": "Qualité (1-5)", "given_on": "Donné le", "comment": "Commentaire", "applied": "Mis en pratique",
        "applied_on": "Suivi le", "applied_comment": "Commentaire du suivi", "campaign": "Campagne",
        "campaign_opened": "Ouverte le", "responses": "Réponses", "dimension": "Dimension",
        "score": "Score (0-100)", "answers": "Réponses à la dimension", "suppressed": "Masqué (moins de 5)",
        "indicator": "Indicateur", "value": "Valeur", "month": "Mois", "sessions_held": "Sessions tenues",
        "active": "Personnes actives", "participants_90": "Participants (90 jours)",
        "participation_rate": "Taux de participation", "resources_added": "Ressources ajoutées",
    },
    "en": {
        "person": "Person", "kind": "Kind", "office": "Office", "role": "Role", "status": "Status",
        "arrival": "Arrival", "departure": "Departure", "email": "E-mail", "phone": "Phone",
        "languages": "Languages", "team": "Team", "subject": "Subject", "origin": "Origin",
        "priority": "Priority", "target_level": "Target level", "target_date": "Target date",
        "opened_on": "Opened on", "closed_on": "Closed on", "notes": "Notes", "checklist_kind": "Checklist",
        "template": "Template", "version": "Version", "started_on": "Started on", "done": "Steps done",
        "total": "Steps", "progress": "Progress", "overdue": "Overdue steps", "next_due": "Next due",
        "days_overdue": "Days overdue", "starts_at": "Starts", "title": "Title", "format": "Format",
        "session_status": "State", "community": "Community", "hours": "Duration (h)", "online_hours": "Online (h)",
        "hosts": "Hosts", "external_host": "External host", "place": "Place", "capacity": "Seats",
        "invited": "Invited", "attended": "Present", "participants": "Participants", "skills": "Skills",
        "session_date": "Session date", "session": "Session", "person_office": "Person's office",
        "was_invited": "Invited", "was_present": "Present", "usefulness": "Usefulness (1-5)",
        "quality": "Quality (1-5)", "given_on": "Given on", "comment": "Comment", "applied": "Applied",
        "applied_on": "Followed up on", "applied_comment": "Follow-up comment", "campaign": "Campaign",
        "campaign_opened": "Opened on", "responses": "Responses", "dimension": "Dimension",
        "score": "Score (0-100)", "answers": "Answers to the dimension", "suppressed": "Hidden (fewer than 5)",
        "indicator": "Indicator", "value": "Value", "month": "Month", "sessions_held": "Sessions held",
        "active": "Active people", "participants_90": "Participants (90 days)",
        "participation_rate": "Participation rate", "resources_added": "Resources added",
    },
}

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Rapport d’activité", "organisation": "Organisation", "office": "Antenne",
        "whole": "Toute l’organisation", "period_start": "Début de période", "period_end": "Fin de période",
        "generated": "Généré le",
        "anonymised": "Anonymisé", "anonymised_note": "oui : noms et coordonnées retirés, personnes pseudonymisées",
        "indicators": "Indicateurs", "trends": "Évolution mois par mois", "yes": "oui", "no": "non",
        "na": "n.d.", "pseudonym": "Personne", "all": "Tous", "no_office": "(sans antenne)",
        "chart_sessions": "Sessions tenues par mois", "chart_participation": "Taux de participation (90 jours)",
        "chart_resources": "Ressources ajoutées par mois", "step_summary": "Calcul des indicateurs…",
        "step_sheet": "Écriture de la feuille « %1 »…", "step_save": "Enregistrement du fichier…",
    },
    "en": {
        "title": "Activity report", "organisation": "Organisation", "office": "Office",
        "whole": "Whole organisation", "period_start": "Period from", "period_end": "Period to",
        "generated": "Generated on",
        "anonymised": "Anonymised", "anonymised_note": "yes: names and contact details left out, people pseudonymised",
        "indicators": "Indicators", "trends": "Month by month", "yes": "yes", "no": "no",
        "na": "n/a", "pseudonym": "Person", "all": "All", "no_office": "(no office)",
        "chart_sessions": "Sessions held per month", "chart_participation": "Participation rate (90 days)",
        "chart_resources": "Resources added per month", "step_summary": "Computing the indicators…",
        "step_sheet": "Writing the “%1” sheet…", "step_save": "Saving the file…",
    },
}

INDICATORS: dict[str, dict[str, str]] = {
    "fr": {
        "active": "Personnes actives en fin de période", "active_volunteer": "dont bénévoles",
        "active_staff": "dont salariés", "active_partner": "dont partenaires",
        "arrivals": "Arrivées sur la période", "departures": "Départs sur la période",
        "turnover": "Taux de rotation (12 mois)", "turnover_departures": "Départs sur 12 mois",
        "median_stay": "Durée médiane de présence des partants (jours)",
        "onboarding_checklists": "Parcours d’intégration commencés", "onboarding_rate": "Parcours terminés",
        "onboarding_days": "Jours médians pour terminer", "onboarding_overdue": "Étapes d’intégration en retard",
        "needs_opened": "Besoins ouverts sur la période", "needs_met": "Besoins satisfaits sur la période",
        "needs_open_now": "Besoins encore ouverts", "key_skills": "Compétences clés avec une cible",
        "key_skills_reached": "Compétences clés à la cible", "key_coverage": "Couverture des compétences clés",
        "single_holders": "Compétences détenues par une seule personne", "sessions_held": "Sessions tenues",
        "participation": "Taux de participation (90 jours)", "participants": "Participants (90 jours)",
        "feedback_answers": "Retours reçus", "usefulness": "Utilité moyenne (sur 5)",
        "quality": "Qualité moyenne (sur 5)", "gain": "Progression moyenne après une session (niveaux)",
        "gain_assessments": "Évaluations comparées", "applied": "Mis en pratique (suivis)",
        "followups": "Suivis reçus", "resources_added": "Ressources ajoutées",
    },
    "en": {
        "active": "Active people at the end of the period", "active_volunteer": "of whom volunteers",
        "active_staff": "of whom staff members", "active_partner": "of whom partners",
        "arrivals": "Arrivals in the period", "departures": "Departures in the period",
        "turnover": "Turnover rate (12 months)", "turnover_departures": "Departures over 12 months",
        "median_stay": "Median stay of leavers (days)",
        "onboarding_checklists": "Onboarding checklists started", "onboarding_rate": "Checklists completed",
        "onboarding_days": "Median days to complete", "onboarding_overdue": "Overdue onboarding steps",
        "needs_opened": "Needs opened in the period", "needs_met": "Needs met in the period",
        "needs_open_now": "Needs still open", "key_skills": "Key skills with a target",
        "key_skills_reached": "Key skills at target", "key_coverage": "Key-skill coverage",
        "single_holders": "Skills held by a single person", "sessions_held": "Sessions held",
        "participation": "Participation rate (90 days)", "participants": "Participants (90 days)",
        "feedback_answers": "Feedback answers", "usefulness": "Mean usefulness (out of 5)",
        "quality": "Mean quality (out of 5)", "gain": "Mean level gain after a session",
        "gain_assessments": "Assessments compared", "applied": "Applied (follow-ups)",
        "followups": "Follow-ups answered", "resources_added": "Resources added",
    },
}

# Keyed by enum class first: StrEnum members equal their values, so NeedStatus.PLANNED == SessionStatus.PLANNED.
_ENUMS: dict[str, dict[type[StrEnum], dict[str, str]]] = {
    "fr": {
        PersonKind: {"volunteer": "Bénévole", "staff": "Salarié(e)", "partner": "Partenaire"},
        PersonStatus: {"incoming": "À venir", "active": "Actif(ve)", "departed": "Parti(e)"},
        NeedOrigin: {"wish": "Souhait", "career": "Évolution", "organisation": "Organisation"},
        NeedStatus: {"open": "Ouvert", "planned": "Planifié", "in_progress": "En cours", "met": "Satisfait",
                     "dropped": "Abandonné"},
        ChecklistKind: {"onboarding": "Intégration", "offboarding": "Départ"},
        SessionFormat: {"workshop": "Atelier", "lunch_and_learn": "Midi-partage", "mentoring": "Mentorat",
                        "community_meeting": "Communauté de pratique", "field_visit": "Visite de terrain",
                        "online_module": "Module en ligne", "blended": "Formation mixte"},
        SessionStatus: {"planned": "Prévue", "held": "Tenue", "cancelled": "Annulée"},
        RespondentGroup: {"volunteer": "Bénévole", "staff": "Salarié(e)", "partner": "Partenaire"},
    },
    "en": {
        PersonKind: {"volunteer": "Volunteer", "staff": "Staff member", "partner": "Partner"},
        PersonStatus: {"incoming": "Incoming", "active": "Active", "departed": "Departed"},
        NeedOrigin: {"wish": "Wish", "career": "Career", "organisation": "Organisation"},
        NeedStatus: {"open": "Open", "planned": "Planned", "in_progress": "In progress", "met": "Met",
                     "dropped": "Dropped"},
        ChecklistKind: {"onboarding": "Onboarding", "offboarding": "Departure"},
        SessionFormat: {"workshop": "Workshop", "lunch_and_learn": "Lunch and learn", "mentoring": "Mentoring",
                        "community_meeting": "Community of practice", "field_visit": "Field visit",
                        "online_module": "Online module", "blended": "Blended"},
        SessionStatus: {"planned": "Planned", "held": "Held", "cancelled": "Cancelled"},
        RespondentGroup: {"volunteer": "Volunteer", "staff": "Staff member", "partner": "Partner"},
    },
}

DATE_FORMATS = {"fr": "DD/MM/YYYY", "en": "DD MMM YYYY"}
DATETIME_FORMATS = {"fr": "DD/MM/YYYY HH:MM", "en": "DD MMM YYYY HH:MM"}
MONTH_FORMATS = {"fr": "MMM YYYY", "en": "MMM YYYY"}


def check_lang(lang: str) -> str:
    """The language if the report has it; a typed refusal otherwise."""
    if lang not in LANGUAGES:
        raise ValidationError("lang", f"no report texts in '{lang}'", code="bad_lang", value=lang)
    return lang


class Labels:
    """Every text of one report, in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = check_lang(lang)
        self.sheets, self.headers = SHEETS[lang], HEADERS[lang]
        self.texts, self.indicators = TEXTS[lang], INDICATORS[lang]
        self.date_format, self.datetime_format = DATE_FORMATS[lang], DATETIME_FORMATS[lang]
        self.month_format = MONTH_FORMATS[lang]

    def enum(self, value: StrEnum | None) -> str | None:
        if value is None:
            return None
        return _ENUMS[self.lang].get(type(value), {}).get(value.value, value.value)

    def flag(self, value: bool | None) -> str | None:
        """yes/no for a recorded answer, nothing when unanswered."""
        return None if value is None else self.texts["yes" if value else "no"]

    def pseudonym(self, person_id: int) -> str:
        """A stable stand-in for a person: the same id gives the same pseudonym in every sheet and report."""
        return f"{self.texts['pseudonym']} {person_id:05d}"
