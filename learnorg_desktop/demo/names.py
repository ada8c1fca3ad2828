"""Vocabulary for the demo people: names, roles, languages, departure reasons, offices."""

from __future__ import annotations

from learnorg_desktop.enums import PersonKind

ORGANISATION = "Solidarité Pour Tous"

# (code, name, share of the people, phone prefix of the landline)
OFFICES: tuple[tuple[str, str, float, str], ...] = (
    ("HQ", "Siège – Paris", 0.45, "01"),
    ("LYON", "Antenne de Lyon", 0.30, "04"),
    ("LILLE", "Antenne de Lille", 0.25, "03"),
)

FRENCH_FIRST_NAMES = (
    "Hélène", "François", "Anaïs", "Jérôme", "Zoé", "Maëlle", "Loïc", "Noël", "Béatrice", "Cécile", "Chloé",
    "Élodie", "Clément", "Aurélie", "Théo", "Léa", "Inès", "Raphaël", "Gaëlle", "Joël", "Mathilde", "Amélie",
    "Benoît", "Céline", "Damien", "Émilie", "Frédéric", "Géraldine", "Hugo", "Isabelle", "Julien", "Karine",
    "Laurent", "Manon", "Nathalie", "Olivier", "Pauline", "Quentin", "Régis", "Sophie", "Thérèse", "Valérie",
    "Yannick", "Agnès", "Bérénice", "Cyril", "Dominique", "Éric", "Françoise", "Grégoire", "Jean-Pierre",
    "Marie-Claire", "Anne-Sophie", "Lucas", "Camille", "Margaux", "Nicolas", "Sébastien", "Solène", "Stéphane",
    "Adèle", "Mélanie", "Josiane", "Gérard", "Michèle", "Océane", "Maxime", "Capucine", "Timothée", "Colette",
)

WORLD_FIRST_NAMES = (
    "Fatou", "Moussa", "Aminata", "Mamadou", "Awa", "Ibrahima", "Kofi", "Adjoa", "Yasmine", "Karim", "Nadia",
    "Mohamed", "Youssef", "Samira", "Fatima", "Rachid", "Leïla", "Omar", "Emily", "James", "Sarah", "Oliver",
    "Grace", "Daniel", "Lucía", "Mateo", "Ana", "Tran", "Mei", "Olga", "Dmitri", "Ayşe", "Mehmet", "Chiara",
)

FRENCH_LAST_NAMES = (
    "Lefèvre", "Gérard", "Bénard", "Dubois", "Faure", "Lemaître", "Moreau", "Martin", "Bernard", "Thomas",
    "Petit", "Robert", "Richard", "Durand", "Leroy", "Simon", "Laurent", "Michel", "Garcia", "David", "Bertrand",
    "Roux", "Vincent", "Fournier", "Girard", "Bonnet", "Dupont", "Dupuis", "Lambert", "Fontaine", "Rousseau",
    "Mercier", "Blanc", "Guérin", "Boyer", "Chevalier", "François", "Legrand", "Gauthier", "Perrin", "Morel",
    "Clément", "Henry", "Mathieu", "Masson", "Marchand", "Duval", "Denis", "Lemoine", "Noël", "Meunier",
    "Brun", "Leclerc", "Hébert", "Lefèbvre", "Béranger", "Martin-Lagarde", "Le Gall", "Le Goff", "Caron",
    "Delacroix", "Desmarais", "Chénier", "Lacroix", "Lévêque", "Prévost", "Rivière", "Thébault", "Vasseur",
    "Dumoulin", "Maréchal", "Ménard", "Barbier", "Brunet", "Cordier", "Deschamps", "Jacquet", "Renaud",
)

WORLD_LAST_NAMES = (
    "Diallo", "Traoré", "Koné", "Ndiaye", "Diop", "Camara", "Mensah", "Okafor", "Kouassi", "N'Diaye", "Benali",
    "Ben Ahmed", "Haddad", "El Amrani", "Bouzid", "Cherif", "Mansouri", "Smith", "Johnson", "Brown", "Taylor",
    "Nguyen", "Tran", "Pham", "Rodríguez", "Fernández", "López", "Silva", "Santos", "Kowalski", "Yılmaz",
    "Rossi", "Ivanova", "Müller",
)

# (role, kind, weight within the kind)
ROLES: tuple[tuple[str, PersonKind, int], ...] = (
    ("Bénévole d'accueil", PersonKind.VOLUNTEER, 30),
    ("Animateur·rice d'atelier", PersonKind.VOLUNTEER, 15),
    ("Bénévole distribution alimentaire", PersonKind.VOLUNTEER, 20),
    ("Bénévole soutien scolaire", PersonKind.VOLUNTEER, 12),
    ("Bénévole de terrain", PersonKind.VOLUNTEER, 10),
    ("Responsable bénévoles", PersonKind.VOLUNTEER, 3),
    ("Interprète bénévole", PersonKind.VOLUNTEER, 4),
    ("Coordinateur·rice d’antenne", PersonKind.STAFF, 15),
    ("Chargé·e de projet", PersonKind.STAFF, 25),
    ("Comptable", PersonKind.STAFF, 8),
    ("Responsable bénévoles", PersonKind.STAFF, 10),
    ("Chargé·e de communication", PersonKind.STAFF, 8),
    ("Chargé·e de recherche de fonds", PersonKind.STAFF, 7),
    ("Travailleur·se social·e", PersonKind.STAFF, 20),
    ("Directeur·rice", PersonKind.STAFF, 1),
    ("Partenaire institutionnel", PersonKind.PARTNER, 35),
    ("Partenaire associatif", PersonKind.PARTNER, 45),
    ("Formateur·rice externe", PersonKind.PARTNER, 20),
)

ROLE_DESCRIPTIONS = {
    "Bénévole d'accueil": "Accueille, écoute et oriente les personnes reçues dans les locaux.",
    "Coordinateur·rice d’antenne": "Organise l'activité d'une antenne et fait le lien avec le siège.",
    "Chargé·e de projet": "Conduit les projets sur le terrain avec les partenaires locaux.",
    "Responsable bénévoles": "Recrute, accueille et accompagne les bénévoles.",
}

LANGUAGES = ("anglais", "arabe", "espagnol", "portugais", "wolof", "bambara", "russe", "turc", "italien",
             "allemand", "tamoul", "langue des signes")

DEPARTURE_REASONS: dict[PersonKind, tuple[str, ...]] = {
    PersonKind.VOLUNTEER: ("Déménagement", "Manque de temps", "Reprise d'études", "Nouvel emploi",
                           "Fin de mission", "Raisons de santé", "Changement de projet personnel",
                           "Désaccord sur l'organisation", ""),
    PersonKind.STAFF: ("Fin de contrat", "Nouvel emploi", "Déménagement", "Reconversion professionnelle",
                       "Départ à la retraite", "Fin de mission"),
    PersonKind.PARTNER: ("Fin de la convention de partenariat", "Changement d'interlocuteur", "Fin de mission"),
}

PERSONAL_DOMAINS = ("exemple.fr", "exemple.com", "courriel.exemple.org", "exemple.net")
STAFF_DOMAIN = "solidarite-pour-tous.exemple.org"
PARTNER_DOMAINS = ("mairie.exemple.fr", "collectif-solidaire.exemple.org", "formation.exemple.fr")
