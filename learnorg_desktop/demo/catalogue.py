"""Vocabulary for the demo activity: skills, checklists, sessions, resources, questionnaire."""

from __future__ import annotations

from learnorg_desktop.enums import PersonKind, SessionFormat

# The skills themselves come from the shipped starter catalogue (resources/catalogue/starter_fr.json), so the
# demo and a real first start agree; the names below are the starter's.

# role -> (skill, expected level) for the demo roles the starter catalogue does not describe (the starter's
# roles, such as "Bénévole d’accueil" or "Comptable", bring their own expectations).
ROLE_SKILLS: dict[str, tuple[tuple[str, int], ...]] = {
    "Animateur·rice d'atelier": (("Animation de réunion", 2), ("Prise de parole en public", 2),
                                 ("Communication interculturelle", 1)),
    "Bénévole distribution alimentaire": (("Hygiène alimentaire (HACCP)", 2),
                                          ("Gestion des situations de tension", 1)),
    "Bénévole soutien scolaire": (("Enseignement du français (FLE)", 2), ("Écoute active", 1)),
    "Responsable bénévoles": (("Recrutement des bénévoles", 3), ("Intégration des nouveaux arrivants", 3),
                              ("Fidélisation des bénévoles", 2), ("Animation de réunion", 2)),
    "Interprète bénévole": (("Interprétariat", 3), ("Communication interculturelle", 2), ("Arabe", 3)),
    "Chargé·e de communication": (("Réseaux sociaux", 3), ("Prise de parole en public", 3)),
    "Chargé·e de recherche de fonds": (("Collecte auprès des particuliers", 3),
                                       ("Réponse aux appels à projets", 3)),
    "Travailleur·se social·e": (("Orientation vers les dispositifs sociaux", 3),
                                ("Accompagnement aux démarches en ligne", 3),
                                ("Protection des personnes vulnérables", 3)),
    "Directeur·rice": (("Suivi budgétaire", 3), ("Gestion des partenariats", 3), ("Prise de parole en public", 3)),
    "Formateur·rice externe": (("Animation de réunion", 3),),
}

# Skills only one person holds in the demo (the single-holder warning needs real cases): no role expects them
# and nobody else is assessed on them.
RARE_SKILLS = ("Base de données des personnes accompagnées", "Gestion de caisse")

# Key-skill targets grow with the organisation: at least this share of the people should hold each one.
KEY_SKILL_SHARE = 0.02

# (name, kind of checklist, audience, items as (title, due days))
CHECKLIST_TEMPLATES: tuple[tuple[str, str, PersonKind | None, tuple[tuple[str, int], ...]], ...] = (
    ("Accueil bénévole", "onboarding", PersonKind.VOLUNTEER, (
        ("Visite des locaux et présentation de l'équipe", 0),
        ("Charte du bénévole et règles de sécurité", 0),
        ("Rencontre avec le parrain / la marraine", 3),
        ("Outils et comptes (planning partagé, messagerie)", 7),
        ("Première mission en binôme", 14),
        ("Point à un mois", 30),
        ("Point à trois mois", 90),
    )),
    ("Accueil salarié", "onboarding", PersonKind.STAFF, (
        ("Remise du livret d'accueil et du contrat", 0),
        ("Visite des locaux et présentation de l'équipe", 0),
        ("Outils et comptes (messagerie, dossiers partagés)", 1),
        ("Charte et règles de sécurité", 1),
        ("Rencontre avec le parrain / la marraine", 2),
        ("Rencontre avec les antennes", 14),
        ("Formation « Sécurité sur le terrain »", 21),
        ("Point à un mois", 30),
        ("Point de fin de période d'essai", 90),
    )),
    ("Accueil partenaire", "onboarding", PersonKind.PARTNER, (
        ("Présentation de l'association et de ses projets", 0),
        ("Contacts référents et circuits d'information", 7),
        ("Signature de la convention de partenariat", 14),
        ("Point à trois mois", 90),
    )),
    ("Départ – passation", "offboarding", None, (
        ("Entretien de départ", 0),
        ("Passation des dossiers en cours", 7),
        ("Transmission des contacts et des documents", 7),
        ("Restitution du matériel et fermeture des comptes", 14),
        ("Remerciements et invitation à rester en lien", 14),
    )),
)

CHECKIN_COMMENTS = (
    "Très bien accueilli·e, l'équipe est disponible.",
    "Un peu perdu·e au début, le binôme m'a beaucoup aidé.",
    "J'aimerais plus de formation sur l'accueil.",
    "Les outils sont compliqués, besoin d'un tutoriel.",
    "Ravi·e de la première mission !",
    "",
)

HANDOVER_NOTES = (
    "Dossiers transmis à la coordinatrice ; contacts partenaires à jour dans le classeur partagé.",
    "Passation faite en binôme pendant deux semaines.",
    "Reste joignable par courriel pour les questions sur le projet en cours.",
    "",
)

# format -> (title pattern, minutes, online minutes, invitees (min, max))
SESSION_FORMATS: dict[SessionFormat, tuple[str, int, int, tuple[int, int]]] = {
    SessionFormat.WORKSHOP: ("Atelier : {skill}", 150, 0, (6, 16)),
    SessionFormat.LUNCH_AND_LEARN: ("Midi-partage : {skill}", 60, 0, (6, 14)),
    SessionFormat.MENTORING: ("Binôme de mentorat – {skill}", 60, 0, (1, 2)),
    SessionFormat.COMMUNITY_MEETING: ("Rencontre de la communauté « {community} »", 90, 0, (5, 14)),
    SessionFormat.FIELD_VISIT: ("Visite de terrain : {skill}", 180, 0, (4, 10)),
    SessionFormat.ONLINE_MODULE: ("Module en ligne : {skill}", 45, 45, (8, 25)),
    SessionFormat.BLENDED: ("Parcours mixte : {skill}", 180, 60, (6, 16)),
}
FORMAT_WEIGHTS = (30, 20, 12, 12, 6, 10, 10)  # in SESSION_FORMATS order

ROOMS = {"HQ": "Siège – salle Germaine Tillion", "LYON": "Antenne de Lyon – salle polyvalente",
         "LILLE": "Antenne de Lille – salle de réunion"}

EXTERNAL_HOSTS = (
    "Formatrice de l'Union départementale de secourisme", "Intervenant de la fédération régionale",
    "Juriste de l'ordre des avocats (permanence bénévole)", "Consultante en collecte de fonds",
)

FEEDBACK_COMMENTS = (
    "Très concret, je repars avec des outils.", "Un peu court, j'aurais aimé plus d'exercices.",
    "Excellente animation, merci !", "Utile pour mon accueil du mardi.", "Trop théorique à mon goût.",
    "Les échanges entre antennes étaient précieux.", "Support clair, à partager avec l'équipe.",
    "Bien, mais la salle était trop petite.",
)

APPLIED_COMMENTS = (
    "J'utilise la grille d'entretien chaque semaine.", "Mis en place dans l'équipe du samedi.",
    "Pas encore eu l'occasion.", "Partagé avec deux nouveaux bénévoles.",
)

LESSONS_LEARNED = (
    "Prévoir plus de temps pour les mises en situation.", "Envoyer le support à l'avance.",
    "Le format en binôme fonctionne très bien.", "",
)

# (name, topic, office code or None, related skill)
COMMUNITIES: tuple[tuple[str, str, str | None, str], ...] = (
    ("Communauté des coordinateur·rices", "Partager les pratiques de coordination entre antennes", None,
     "Organisation des plannings"),
    ("Accueil et écoute", "Situations difficiles à l'accueil, retours d'expérience", None, "Accueil du public"),
    ("Recherche de fonds", "Veille sur les appels à projets, relecture croisée des dossiers", None,
     "Réponse aux appels à projets"),
    ("Sécurité terrain", "Incidents, procédures et réflexes de sécurité", None, "Sécurité sur le terrain"),
    ("Outils numériques", "Entraide sur les outils collaboratifs", None, "Outils collaboratifs en ligne"),
    ("Lyon – ateliers de français", "Méthodes et supports pour les ateliers de FLE", "LYON",
     "Enseignement du français (FLE)"),
    ("Lille – entraide bénévoles", "Rencontres mensuelles des bénévoles lillois", "LILLE", "Écoute active"),
)

# (kind of document, extension or None for a link)
RESOURCE_KINDS: tuple[tuple[str, str | None], ...] = (
    ("Guide pratique", "pdf"), ("Fiche réflexe", "pdf"), ("Modèle", "xlsx"), ("Support de formation", "pptx"),
    ("Compte rendu d'atelier", "docx"), ("Tutoriel vidéo", None), ("Article de référence", None),
    ("Boîte à outils en ligne", None),
)

NEED_TOPICS = (
    "Accueil des personnes exilées", "Prévention de l'épuisement des bénévoles",
    "Gestion des conflits à l'accueil", "Nouveau logiciel de comptabilité",
    "Animation d'ateliers à distance", "Connaissance des dispositifs d'hébergement d'urgence",
)
TEAMS = ("Équipe accueil", "Équipe distribution", "Équipe maraude", "Équipe soutien scolaire", "")

DIAGNOSTIC_COMMENTS = (
    "Les formations sont utiles mais on manque de temps pour y aller.",
    "L'accueil des nouveaux s'est beaucoup amélioré.",
    "Les décisions restent prises au siège.",
    "On aimerait plus d'échanges entre antennes.",
    "",
)
