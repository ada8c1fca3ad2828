"""Vocabulary for the demo activity: skills, checklists, sessions, resources, questionnaire."""

from __future__ import annotations

from learnorg_desktop.models.enums import PersonKind, SessionFormat

# category -> skills as (name, is_key, expires)
SKILLS: dict[str, tuple[tuple[str, bool, bool], ...]] = {
    "Accueil et accompagnement": (
        ("Accueil du public", True, False),
        ("Écoute active", False, False),
        ("Orientation vers les dispositifs sociaux", True, False),
        ("Médiation interculturelle", False, False),
        ("Accompagnement dans les démarches administratives", False, False),
    ),
    "Coordination et gestion de projet": (
        ("Coordination des bénévoles", True, False),
        ("Gestion de projet", True, False),
        ("Planification des activités", False, False),
        ("Animation de réunion", False, False),
        ("Suivi et évaluation des projets", False, False),
    ),
    "Gestion administrative et financière": (
        ("Comptabilité et rapports aux financeurs", True, False),
        ("Recherche de fonds", True, False),
        ("Rédaction de dossiers de subvention", False, False),
        ("Gestion budgétaire", False, False),
        ("Droit des associations", False, False),
    ),
    "Sécurité et terrain": (
        ("Sécurité sur le terrain", True, False),
        ("Premiers secours (PSC1)", True, True),
        ("Hygiène et sécurité alimentaire", False, True),
        ("Gestion de crise", False, False),
        ("Logistique et gestion des stocks", False, False),
    ),
    "Communication et plaidoyer": (
        ("Communication sur les réseaux sociaux", False, False),
        ("Prise de parole en public", False, False),
        ("Plaidoyer auprès des élus", False, False),
        ("Relations avec la presse", False, False),
        ("Rédaction et synthèse", False, False),
    ),
    "Langues": (
        ("Anglais", False, False),
        ("Arabe", False, False),
        ("Espagnol", False, False),
        ("Français langue étrangère (FLE)", False, False),
        ("Langue des signes française", False, False),
    ),
    "Outils numériques": (
        ("Tableur (Excel, LibreOffice Calc)", False, False),
        ("Outils collaboratifs en ligne", False, False),
        ("Protection des données personnelles (RGPD)", True, False),
        ("Bureautique de base", False, False),
    ),
    "Animation et pédagogie": (
        ("Animation d'atelier", False, False),
        ("Soutien scolaire", False, False),
        ("Formation de formateurs", False, False),
        ("Facilitation de groupe", False, False),
    ),
}

CATEGORY_DESCRIPTIONS = {
    "Accueil et accompagnement": "Recevoir, écouter et orienter les personnes accompagnées.",
    "Sécurité et terrain": "Agir en sécurité lors des maraudes, distributions et missions.",
}

# role -> (skill, expected level) the role expects; unlisted roles expect nothing in particular.
ROLE_SKILLS: dict[str, tuple[tuple[str, int], ...]] = {
    "Bénévole d'accueil": (("Accueil du public", 2), ("Écoute active", 2),
                           ("Orientation vers les dispositifs sociaux", 1)),
    "Animateur·rice d'atelier": (("Animation d'atelier", 2), ("Facilitation de groupe", 1)),
    "Bénévole distribution alimentaire": (("Hygiène et sécurité alimentaire", 2),
                                          ("Logistique et gestion des stocks", 1)),
    "Bénévole soutien scolaire": (("Soutien scolaire", 2), ("Écoute active", 1)),
    "Bénévole maraude": (("Sécurité sur le terrain", 2), ("Premiers secours (PSC1)", 2), ("Écoute active", 2)),
    "Responsable bénévoles": (("Coordination des bénévoles", 3), ("Animation de réunion", 2)),
    "Interprète bénévole": (("Médiation interculturelle", 2), ("Arabe", 3)),
    "Coordinateur·rice": (("Gestion de projet", 3), ("Coordination des bénévoles", 3),
                          ("Gestion budgétaire", 2), ("Animation de réunion", 3)),
    "Chargé·e de mission terrain": (("Gestion de projet", 3), ("Sécurité sur le terrain", 3),
                                    ("Premiers secours (PSC1)", 2), ("Suivi et évaluation des projets", 2)),
    "Comptable": (("Comptabilité et rapports aux financeurs", 4), ("Tableur (Excel, LibreOffice Calc)", 3)),
    "Chargé·e de communication": (("Communication sur les réseaux sociaux", 3), ("Rédaction et synthèse", 3)),
    "Chargé·e de recherche de fonds": (("Recherche de fonds", 3), ("Rédaction de dossiers de subvention", 3)),
    "Travailleur·se social·e": (("Accompagnement dans les démarches administratives", 3),
                                ("Orientation vers les dispositifs sociaux", 3)),
    "Directeur·rice": (("Gestion budgétaire", 3), ("Plaidoyer auprès des élus", 3)),
    "Formateur·rice externe": (("Formation de formateurs", 3),),
}

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
     "Coordination des bénévoles"),
    ("Accueil et écoute", "Situations difficiles à l'accueil, retours d'expérience", None, "Accueil du public"),
    ("Recherche de fonds", "Veille sur les appels à projets, relecture croisée des dossiers", None,
     "Recherche de fonds"),
    ("Sécurité terrain", "Incidents, procédures et réflexes de sécurité", None, "Sécurité sur le terrain"),
    ("Outils numériques", "Entraide sur les outils collaboratifs", None, "Outils collaboratifs en ligne"),
    ("Lyon – soutien scolaire", "Méthodes et supports pour l'aide aux devoirs", "LYON", "Soutien scolaire"),
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

# Question codes of the self-diagnosis questionnaire, two statements per lever.
QUESTION_CODES = (
    "LEAD1", "LEAD2", "COMM1", "COMM2", "SELF1", "SELF2", "TEAM1", "TEAM2", "KNOW1", "KNOW2",
    "ONB1", "ONB2", "RET1", "RET2", "DEC1", "DEC2", "DIAL1", "DIAL2",
)
DIAGNOSTIC_COMMENTS = (
    "Les formations sont utiles mais on manque de temps pour y aller.",
    "L'accueil des nouveaux s'est beaucoup amélioré.",
    "Les décisions restent prises au siège.",
    "On aimerait plus d'échanges entre antennes.",
    "",
)
