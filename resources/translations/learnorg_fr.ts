<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>The database {path} was made by a newer version of LearnOrg Desktop. Update the application to open it.</source>
        <translation>La base de données {path} a été créée par une version plus récente de LearnOrg Desktop. Mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened:
{error}</source>
        <translation>Impossible d’ouvrir la base de données {path}&#xa0;:
{error}</translation>
    </message>
    <message>
        <source>LearnOrg Desktop</source>
        <translation>LearnOrg Desktop</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Record an assessment</source>
        <translation>Enregistrer une évaluation</translation>
    </message>
    <message>
        <source>&amp;Skill:</source>
        <translation>&amp;Compétence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Intérêt&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;haring:</source>
        <translation>&amp;Partage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valable jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>(non demandé)</translation>
    </message>
    <message>
        <source>Willing to share this skill with others</source>
        <translation>Prêt·e à transmettre cette compétence</translation>
    </message>
    <message>
        <source>Only skills that expire carry a date.</source>
        <translation>Seules les compétences à renouveler ont une date de validité.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Start onboarding</source>
        <translation>Démarrer l’intégration</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Buddy / mentor:</source>
        <translation>&amp;Parrain / marraine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Débute le&#xa0;:</translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation>(choisir plus tard)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Attended</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité·e</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>sans invitation</translation>
    </message>
</context>
<context>
    <name>AttendancePdf</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Animateur·rices</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Nouvelle catégorie…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>&amp;Add a skill…</source>
        <translation>&amp;Ajouter une compétence…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Load starter catalogue</source>
        <translation>Charger le catalogue de départ</translation>
    </message>
    <message>
        <source>Adds the skills suggested for solidarity NGOs; your own skills and changes are kept.</source>
        <translation>Ajoute les compétences proposées pour les associations de solidarité&#xa0;; vos compétences et vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Import catalogue…</source>
        <translation>&amp;Importer un catalogue…</translation>
    </message>
    <message>
        <source>1 skill</source>
        <translation>1 compétence</translation>
    </message>
    <message>
        <source>%1 skills</source>
        <translation>%1 compétences</translation>
    </message>
    <message>
        <source>Delete a skill</source>
        <translation>Supprimer une compétence</translation>
    </message>
    <message>
        <source>Delete the skill “%1”? Assessments and needs keep it in their history.</source>
        <translation>Supprimer la compétence «&#xa0;%1&#xa0;»&#xa0;? Les évaluations et les besoins la conservent dans leur historique.</translation>
    </message>
    <message>
        <source>%1 skills and %2 categories added; %3 skills were already there.</source>
        <translation>Compétences ajoutées&#xa0;: %1, catégories ajoutées&#xa0;: %2&#xa0;; %3 compétences étaient déjà présentes.</translation>
    </message>
    <message>
        <source>Import a skills catalogue</source>
        <translation>Importer un catalogue de compétences</translation>
    </message>
    <message>
        <source>%1 skills added, %2 updated, %3 new categories.</source>
        <translation>Compétences ajoutées&#xa0;: %1, mises à jour&#xa0;: %2, nouvelles catégories&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Ligne %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows must be corrected first.</source>
        <translation>Rien n’a été importé&#xa0;: %1 lignes doivent d’abord être corrigées.</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Edit a category</source>
        <translation>Modifier une catégorie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Done by:</source>
        <translation>Fait par&#xa0;:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Cocher</translation>
    </message>
    <message>
        <source>Mark &amp;not done</source>
        <translation>&amp;Décocher</translation>
    </message>
    <message>
        <source>Save co&amp;mment</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Imprimer en PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporter vers Excel…</translation>
    </message>
    <message>
        <source>Newcomer check-ins</source>
        <translation>Points d’étape avec la personne accueillie</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>What the newcomer says</source>
        <translation>Ce que dit la personne accueillie</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Enregistrer le point d’étape</translation>
    </message>
    <message>
        <source>Hand-over notes: what the person knew, documents, to whom</source>
        <translation>Notes de passation&#xa0;: ce que la personne savait, documents, à qui</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <source>Select a checklist</source>
        <translation>Sélectionnez une liste</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Antenne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Buddy: %1</source>
        <translation>Parrain / marraine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started on %1</source>
        <translation>Commencée le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation>Jour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>Décocher</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Cocher</translation>
    </message>
    <message>
        <source>Choose who did it first.</source>
        <translation>Choisissez d’abord qui l’a fait.</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Enregistrer le commentaire</translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Onboarding of %1</source>
        <translation>Intégration de %1</translation>
    </message>
    <message>
        <source>Hand-over by %1</source>
        <translation>Passation de %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faites</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Parrain / marraine</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>Newcomer check-ins</source>
        <translation>Points d’étape avec la personne accueillie</translation>
    </message>
</context>
<context>
    <name>CommunitiesView</name>
    <message>
        <source>&amp;Add a community…</source>
        <translation>&amp;Ajouter une communauté…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add a &amp;member…</source>
        <translation>Ajouter un mem&amp;bre…</translation>
    </message>
    <message>
        <source>&amp;Remove the member</source>
        <translation>&amp;Retirer le membre</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Sessions of the community</source>
        <translation>Séances de la communauté</translation>
    </message>
    <message>
        <source>Community saved.</source>
        <translation>Communauté enregistrée.</translation>
    </message>
    <message>
        <source>Delete the community “%1”? Its past sessions stay in the calendar.</source>
        <translation>Supprimer la communauté «&#xa0;%1&#xa0;»&#xa0;? Ses séances passées restent dans le calendrier.</translation>
    </message>
    <message>
        <source>Delete a community</source>
        <translation>Supprimer une communauté</translation>
    </message>
    <message>
        <source>Community deleted.</source>
        <translation>Communauté supprimée.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>Membre ajouté.</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Retirer un membre</translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation>Membre retiré.</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>All offices</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Antenne&#xa0;:</translation>
    </message>
    <message>
        <source>Add a community of practice</source>
        <translation>Ajouter une communauté de pratique</translation>
    </message>
    <message>
        <source>Edit a community of practice</source>
        <translation>Modifier une communauté de pratique</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>Record a departure</source>
        <translation>Enregistrer un départ</translation>
    </message>
    <message>
        <source>&amp;Departure date:</source>
        <translation>&amp;Date de départ&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. moved away, end of contract</source>
        <translation>ex. déménagement, fin de contrat</translation>
    </message>
    <message>
        <source> (key skill)</source>
        <translation> (compétence clé)</translation>
    </message>
    <message>
        <source>After this departure, nobody active would hold these skills:

%1

Record the departure anyway? (Plan to pass these skills on in time.)</source>
        <translation>Après ce départ, plus aucune personne active ne détiendrait ces compétences&#xa0;:

%1

Enregistrer quand même le départ&#xa0;? (Prévoyez de transmettre ces compétences à temps.)</translation>
    </message>
    <message>
        <source>Skills would leave with this person</source>
        <translation>Des compétences partiraient avec cette personne</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Date d’arrivée</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>Departure reason</source>
        <translation>Motif du départ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Code de l’antenne</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nom de l’antenne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Key skill</source>
        <translation>Compétence clé</translation>
    </message>
    <message>
        <source>Must be renewed</source>
        <translation>À renouveler</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Niveau visé</translation>
    </message>
    <message>
        <source>Number of people to reach</source>
        <translation>Nombre de personnes visées</translation>
    </message>
    <message>
        <source>Expected level</source>
        <translation>Niveau attendu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Due (days after the start)</source>
        <translation>Échéance (jours après le début)</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Parrain / marraine</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Check-in day</source>
        <translation>Jour du point d’étape</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Online meeting link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Online part (minutes)</source>
        <translation>Partie en ligne (minutes)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>External host</source>
        <translation>Intervenant·e extérieur·e</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Animateur·rices</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Community of practice</source>
        <translation>Communauté de pratique</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Usefulness</source>
        <translation>Utilité</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Mis en pratique le</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>{field} (row {row})</source>
        <translation>{field} (ligne {row})</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <source>This is not one of the available choices.</source>
        <translation>Cette valeur ne fait pas partie des choix proposés.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an acceptable value.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une valeur acceptée.</translation>
    </message>
    <message>
        <source>Only French (fr) and English (en) are available.</source>
        <translation>Seuls le français (fr) et l’anglais (en) sont disponibles.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid date (expected dd/mm/yyyy).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date valide (format attendu&#xa0;: jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>Write yes or no (oui or non).</source>
        <translation>Indiquez oui ou non.</translation>
    </message>
    <message>
        <source>Write a whole number.</source>
        <translation>Indiquez un nombre entier.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid link (for example https://example.org).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un lien valide (par exemple https://exemple.org).</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Cette adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <source>The departure date is before the arrival date.</source>
        <translation>La date de départ est antérieure à la date d’arrivée.</translation>
    </message>
    <message>
        <source>Use letters, digits, - or _ only (at most 32 characters).</source>
        <translation>Utilisez uniquement des lettres, des chiffres, - ou _ (32 caractères au plus).</translation>
    </message>
    <message>
        <source>An office with this code already exists.</source>
        <translation>Une antenne porte déjà ce code.</translation>
    </message>
    <message>
        <source>This database already belongs to an office.</source>
        <translation>Cette base de données appartient déjà à une antenne.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it. It has been reloaded.</source>
        <translation>Cette fiche a été modifiée ailleurs depuis que vous l’avez ouverte. Elle a été rechargée.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cette fiche n’existe plus.</translation>
    </message>
    <message>
        <source>This action was refused.</source>
        <translation>Cette action a été refusée.</translation>
    </message>
    <message>
        <source>This value is not acceptable.</source>
        <translation>Cette valeur n’est pas acceptée.</translation>
    </message>
    <message>
        <source>This office does not exist.</source>
        <translation>Cette antenne n’existe pas.</translation>
    </message>
    <message>
        <source>Choose a level from 0 (none) to 4 (can teach others); a level expected for a role is at least 1.</source>
        <translation>Choisissez un niveau de 0 (aucun) à 4 (peut transmettre)&#xa0;; le niveau attendu pour un rôle est d’au moins 1.</translation>
    </message>
    <message>
        <source>The number of people to reach must be 1 or more.</source>
        <translation>Le nombre de personnes visées doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>A category with this name already exists.</source>
        <translation>Une catégorie porte déjà ce nom.</translation>
    </message>
    <message>
        <source>A skill named &apos;{name}&apos; already exists.</source>
        <translation>Une compétence nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>This category still holds skills ({count}): move them to another category first.</source>
        <translation>Cette catégorie contient encore des compétences ({count})&#xa0;: déplacez-les d’abord vers une autre catégorie.</translation>
    </message>
    <message>
        <source>This category no longer exists.</source>
        <translation>Cette catégorie n’existe plus.</translation>
    </message>
    <message>
        <source>This skill no longer exists.</source>
        <translation>Cette compétence n’existe plus.</translation>
    </message>
    <message>
        <source>This role no longer exists.</source>
        <translation>Ce rôle n’existe plus.</translation>
    </message>
    <message>
        <source>This skill is no longer expected for the role.</source>
        <translation>Cette compétence n’est plus attendue pour ce rôle.</translation>
    </message>
    <message>
        <source>This assessment no longer exists.</source>
        <translation>Cette évaluation n’existe plus.</translation>
    </message>
    <message>
        <source>Choose who made the assessment: the person, the manager or a session.</source>
        <translation>Indiquez qui a fait l’évaluation&#xa0;: la personne, le manager ou une séance.</translation>
    </message>
    <message>
        <source>Choose an interest from 0 (not interested) to 3 (very interested).</source>
        <translation>Choisissez un intérêt de 0 (pas intéressé·e) à 3 (très intéressé·e).</translation>
    </message>
    <message>
        <source>The end of validity is before the date of the assessment.</source>
        <translation>La fin de validité est antérieure à la date de l’évaluation.</translation>
    </message>
    <message>
        <source>{count} rows must be corrected; nothing was imported.</source>
        <translation>{count} lignes doivent être corrigées&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Choose where the need comes from: the person&apos;s wish, a career step foreseen with the manager, or the organisation&apos;s requirements.</source>
        <translation>Indiquez l’origine du besoin&#xa0;: souhait de la personne, évolution anticipée avec le manager ou exigence de l’organisation.</translation>
    </message>
    <message>
        <source>Choose the person, the team or the office this need is for.</source>
        <translation>Choisissez la personne, l’équipe ou l’antenne concernée par ce besoin.</translation>
    </message>
    <message>
        <source>Choose a skill or write a topic.</source>
        <translation>Choisissez une compétence ou saisissez un thème.</translation>
    </message>
    <message>
        <source>The priority must be high, normal or low.</source>
        <translation>La priorité doit être haute, normale ou basse.</translation>
    </message>
    <message>
        <source>This need no longer exists.</source>
        <translation>Ce besoin n’existe plus.</translation>
    </message>
    <message>
        <source>A need cannot go from &apos;{current}&apos; to &apos;{requested}&apos;.</source>
        <translation>Un besoin ne peut pas passer de «&#xa0;{current}&#xa0;» à «&#xa0;{requested}&#xa0;».</translation>
    </message>
    <message>
        <source>A template needs at least one item.</source>
        <translation>Un modèle doit contenir au moins une étape.</translation>
    </message>
    <message>
        <source>The due day cannot be before the start (use 0 or more).</source>
        <translation>L’échéance ne peut pas précéder le début (indiquez 0 ou plus).</translation>
    </message>
    <message>
        <source>The due day is too far away (at most 3650 days, ten years).</source>
        <translation>L’échéance est trop lointaine (3650 jours au plus, soit dix ans).</translation>
    </message>
    <message>
        <source>This template no longer exists.</source>
        <translation>Ce modèle n’existe plus.</translation>
    </message>
    <message>
        <source>This template is not meant for this kind of checklist.</source>
        <translation>Ce modèle n’est pas prévu pour ce type de liste.</translation>
    </message>
    <message>
        <source>There is no hand-over template yet: create one or load the default templates first.</source>
        <translation>Il n’y a pas encore de modèle de passation&#xa0;: créez-en un ou chargez d’abord les modèles par défaut.</translation>
    </message>
    <message>
        <source>This person has left the organisation.</source>
        <translation>Cette personne a quitté l’organisation.</translation>
    </message>
    <message>
        <source>This person already has a checklist of this kind in progress.</source>
        <translation>Cette personne a déjà une liste de ce type en cours.</translation>
    </message>
    <message>
        <source>No departure is recorded for this person.</source>
        <translation>Aucun départ n’est enregistré pour cette personne.</translation>
    </message>
    <message>
        <source>A newcomer cannot be their own buddy.</source>
        <translation>Une personne accueillie ne peut pas être son propre parrain ou sa propre marraine.</translation>
    </message>
    <message>
        <source>The buddy must be someone currently active in the organisation.</source>
        <translation>Le parrain ou la marraine doit être une personne actuellement active dans l’organisation.</translation>
    </message>
    <message>
        <source>This checklist no longer exists.</source>
        <translation>Cette liste n’existe plus.</translation>
    </message>
    <message>
        <source>This checklist item no longer exists.</source>
        <translation>Cette étape de la liste n’existe plus.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>L’heure n’indique pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>The check-in day must be 1 or later.</source>
        <translation>Le jour du point d’étape doit être 1 ou plus.</translation>
    </message>
    <message>
        <source>The rating goes from 1 to 5.</source>
        <translation>La note va de 1 à 5.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette séance n’existe plus.</translation>
    </message>
    <message>
        <source>This community of practice no longer exists.</source>
        <translation>Cette communauté de pratique n’existe plus.</translation>
    </message>
    <message>
        <source>This resource no longer exists.</source>
        <translation>Cette ressource n’existe plus.</translation>
    </message>
    <message>
        <source>This resource is a link, not a stored document.</source>
        <translation>Cette ressource est un lien, pas un document enregistré.</translation>
    </message>
    <message>
        <source>The file to add cannot be found: &apos;{path}&apos;.</source>
        <translation>Le fichier à ajouter est introuvable&#xa0;: «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>The library&apos;s copy of this document is missing (its folder was moved or cleaned).</source>
        <translation>La copie de ce document dans la bibliothèque a disparu (son dossier a été déplacé ou nettoyé).</translation>
    </message>
    <message>
        <source>This database has no folder beside it to keep documents in.</source>
        <translation>Cette base de données n’a pas de dossier à côté d’elle pour conserver les documents.</translation>
    </message>
    <message>
        <source>A community of practice with this name already exists.</source>
        <translation>Une communauté de pratique porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Choose a session format from the list.</source>
        <translation>Choisissez un format de séance dans la liste.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of seats.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre de places.</translation>
    </message>
    <message>
        <source>{participants} participants exceed the {capacity} seats.</source>
        <translation>{participants} participants, c’est plus que les {capacity} places disponibles.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of minutes.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre de minutes.</translation>
    </message>
    <message>
        <source>The duration must be at least one minute.</source>
        <translation>La durée doit être d’au moins une minute.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The duration is too long (at most {limit} minutes).</source>
        <translation>La durée est trop longue ({limit} minutes au plus).</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>La fin est antérieure au début.</translation>
    </message>
    <message>
        <source>A blended session needs both an in-person part and an online part.</source>
        <translation>Une séance mixte comporte à la fois une partie en présentiel et une partie en ligne.</translation>
    </message>
    <message>
        <source>Only blended sessions and online modules have an online part.</source>
        <translation>Seuls les séances mixtes et les modules en ligne ont une partie en ligne.</translation>
    </message>
    <message>
        <source>A person cannot both host and attend the session.</source>
        <translation>Une même personne ne peut pas à la fois animer la séance et y participer.</translation>
    </message>
    <message>
        <source>A collective need cannot be invited as such: invite its people.</source>
        <translation>Un besoin collectif ne peut pas être invité tel quel&#xa0;: invitez les personnes concernées.</translation>
    </message>
    <message>
        <source>This need is no longer open.</source>
        <translation>Ce besoin n’est plus ouvert.</translation>
    </message>
    <message>
        <source>A session already held cannot start in the future.</source>
        <translation>Une séance déjà tenue ne peut pas commencer dans le futur.</translation>
    </message>
    <message>
        <source>A session cannot be marked as held before it starts.</source>
        <translation>Une séance ne peut pas être marquée comme tenue avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>Cette séance est annulée.</translation>
    </message>
    <message>
        <source>This session has not been held yet.</source>
        <translation>Cette séance n’a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>Attendance is recorded once the session has started.</source>
        <translation>La présence s’enregistre une fois la séance commencée.</translation>
    </message>
    <message>
        <source>This person did not attend the session.</source>
        <translation>Cette personne n’a pas participé à la séance.</translation>
    </message>
    <message>
        <source>This skill is not covered by the session.</source>
        <translation>Cette compétence n’est pas abordée dans cette séance.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a score from 1 to 5.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une note de 1 à 5.</translation>
    </message>
    <message>
        <source>This person gave no feedback to follow up.</source>
        <translation>Cette personne n’a donné aucun retour à suivre.</translation>
    </message>
    <message>
        <source>The follow-up must come after the session.</source>
        <translation>Le suivi doit avoir lieu après la séance.</translation>
    </message>
    <message>
        <source>This self-diagnosis campaign does not exist.</source>
        <translation>Cette campagne d’auto-diagnostic n’existe pas.</translation>
    </message>
    <message>
        <source>A campaign named “{name}” already exists.</source>
        <translation>Une campagne nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>This campaign is closed: reopen it to add responses.</source>
        <translation>Cette campagne est close&#xa0;: rouvrez-la pour ajouter des réponses.</translation>
    </message>
    <message>
        <source>Some responses were given before that date.</source>
        <translation>Des réponses ont été données avant cette date.</translation>
    </message>
    <message>
        <source>The response is dated before the campaign opened.</source>
        <translation>La réponse est datée d’avant l’ouverture de la campagne.</translation>
    </message>
    <message>
        <source>“{statement}” is not a statement of this questionnaire.</source>
        <translation>«&#xa0;{statement}&#xa0;» n’est pas une affirmation de ce questionnaire.</translation>
    </message>
    <message>
        <source>The response answers no statement.</source>
        <translation>La réponse ne porte sur aucune affirmation.</translation>
    </message>
    <message>
        <source>Questionnaire version “{version}” is not available in this version of the application.</source>
        <translation>La version «&#xa0;{version}&#xa0;» du questionnaire n’est pas disponible dans cette version de l’application.</translation>
    </message>
    <message>
        <source>{count} forms must be corrected; nothing was imported.</source>
        <translation>{count} formulaires sont à corriger&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This file is not a LearnOrg self-diagnosis form.</source>
        <translation>Ce fichier n’est pas un formulaire d’auto-diagnostic LearnOrg.</translation>
    </message>
    <message>
        <source>This form was given twice.</source>
        <translation>Ce formulaire a été fourni deux fois.</translation>
    </message>
    <message>
        <source>This statement appears twice in the form.</source>
        <translation>Cette affirmation figure deux fois dans le formulaire.</translation>
    </message>
    <message>
        <source>This form belongs to another campaign.</source>
        <translation>Ce formulaire appartient à une autre campagne.</translation>
    </message>
    <message>
        <source>This form was made for another version of the questionnaire.</source>
        <translation>Ce formulaire a été fait pour une autre version du questionnaire.</translation>
    </message>
    <message>
        <source>This file looks dangerous (it would expand enormously) and was not opened.</source>
        <translation>Ce fichier semble dangereux (il prendrait une taille énorme une fois décompressé) et n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <source>Only .csv, .xlsx, .xls and .ods files can be imported.</source>
        <translation>Seuls les fichiers .csv, .xlsx, .xls et .ods peuvent être importés.</translation>
    </message>
    <message>
        <source>The file is larger than 200 MB.</source>
        <translation>Le fichier dépasse 200&#xa0;Mo.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Impossible d’ouvrir le fichier.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file.</source>
        <translation>Ce n’est pas un fichier texte (CSV).</translation>
    </message>
    <message>
        <source>The text encoding is neither UTF-8 nor Windows-1252.</source>
        <translation>L’encodage du texte n’est ni UTF-8 ni Windows-1252.</translation>
    </message>
    <message>
        <source>The CSV file is malformed (line {line}).</source>
        <translation>Le fichier CSV est mal formé (ligne {line}).</translation>
    </message>
    <message>
        <source>The file is damaged or is not a real spreadsheet.</source>
        <translation>Le fichier est endommagé ou n’est pas un vrai classeur.</translation>
    </message>
    <message>
        <source>The file holds no data.</source>
        <translation>Le fichier ne contient aucune donnée.</translation>
    </message>
    <message>
        <source>No header row was found: the first rows must name the columns.</source>
        <translation>Aucune ligne d’en-tête n’a été trouvée&#xa0;: les premières lignes doivent nommer les colonnes.</translation>
    </message>
    <message>
        <source>{field} (item {item})</source>
        <translation>{field} (étape {item})</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved data is safe; the action you were doing may not have finished.

Details were written to the log file:
{log}</source>
        <translation>Une erreur inattendue s’est produite. Vos données enregistrées sont intactes&#xa0;; l’action en cours n’est peut-être pas terminée.

Les détails ont été écrits dans le journal&#xa0;:
{log}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>Attendee</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Usefulness (1-5)</source>
        <translation>Utilité (1-5)</translation>
    </message>
    <message>
        <source>Quality (1-5)</source>
        <translation>Qualité (1-5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Mis en pratique</translation>
    </message>
    <message>
        <source>Follow-up comment</source>
        <translation>Commentaire de suivi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>HostsEditor</name>
    <message>
        <source>Add →</source>
        <translation>Ajouter →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← Retirer</translation>
    </message>
</context>
<context>
    <name>HoursView</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporter vers Excel…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n people: %1 learning hours, %2 hosting hours, of which %3 given or followed by volunteers.</source>
        <translation>
            <numerusform>%n personne&#xa0;: %1&#xa0;heures de formation, %2&#xa0;heures animées, dont %3 données ou suivies par des bénévoles.</numerusform>
            <numerusform>%n personnes&#xa0;: %1&#xa0;heures de formation, %2&#xa0;heures animées, dont %3 données ou suivies par des bénévoles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the hours</source>
        <translation>Exporter les heures</translation>
    </message>
    <message>
        <source>hours-%1-%2.xlsx</source>
        <translation>heures-%1-%2.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Learning hours</source>
        <translation>Heures de formation</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Séances suivies</translation>
    </message>
    <message>
        <source>Hosting hours</source>
        <translation>Heures animées</translation>
    </message>
    <message>
        <source>Sessions hosted</source>
        <translation>Séances animées</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>Total des heures</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hours exported to %1</source>
        <translation>Heures exportées dans %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Date d’arrivée</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>Departure reason</source>
        <translation>Motif du départ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date (expected dd/mm/yyyy).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date valide (format attendu&#xa0;: jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of person (bénévole, salarié or partenaire).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de personne (bénévole, salarié ou partenaire).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an acceptable value.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur acceptée.</translation>
    </message>
    <message>
        <source>Unknown office &apos;%1&apos;.</source>
        <translation>Antenne «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Duplicate of row %1.</source>
        <translation>Doublon de la ligne %1.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <source>%1 is too far in the future.</source>
        <translation>%1 est trop loin dans l’avenir.</translation>
    </message>
    <message>
        <source>The departure date is before the arrival date.</source>
        <translation>La date de départ est antérieure à la date d’arrivée.</translation>
    </message>
    <message>
        <source>Several people with this name already exist; add an e-mail to tell them apart.</source>
        <translation>Plusieurs personnes portent déjà ce nom&#xa0;; ajoutez une adresse e-mail pour les distinguer.</translation>
    </message>
    <message>
        <source>Unexpected error (%1); nothing was saved.</source>
        <translation>Erreur inattendue (%1)&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This file looks dangerous (it would expand enormously) and was not opened.</source>
        <translation>Ce fichier semble dangereux (il prendrait une taille énorme une fois décompressé) et n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>Only .csv, .xlsx, .xls and .ods files can be imported.</source>
        <translation>Seuls les fichiers .csv, .xlsx, .xls et .ods peuvent être importés.</translation>
    </message>
    <message>
        <source>The file is larger than 200 MB.</source>
        <translation>Le fichier dépasse 200&#xa0;Mo.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Impossible d’ouvrir le fichier.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file.</source>
        <translation>Ce n’est pas un fichier texte (CSV).</translation>
    </message>
    <message>
        <source>The text encoding is neither UTF-8 nor Windows-1252.</source>
        <translation>L’encodage du texte n’est ni UTF-8 ni Windows-1252.</translation>
    </message>
    <message>
        <source>The CSV file is malformed.</source>
        <translation>Le fichier CSV est mal formé.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a real spreadsheet.</source>
        <translation>Le fichier est endommagé ou n’est pas un vrai classeur.</translation>
    </message>
    <message>
        <source>The file holds no data.</source>
        <translation>Le fichier ne contient aucune donnée.</translation>
    </message>
    <message>
        <source>No header row was found (a column named &apos;Nom&apos; or &apos;Last name&apos; is needed).</source>
        <translation>Aucune ligne d’en-tête n’a été trouvée (il faut une colonne intitulée «&#xa0;Nom&#xa0;» ou «&#xa0;Last name&#xa0;»).</translation>
    </message>
    <message>
        <source>The default office does not exist.</source>
        <translation>L’antenne par défaut n’existe pas.</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>%1 rows below the header.</source>
        <translation>Lignes sous l’en-tête&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Ce fichier ne peut pas être importé</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>The preview failed</source>
        <translation>L’aperçu a échoué</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>The import failed; nothing was saved</source>
        <translation>L’import a échoué&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite people</source>
        <translation>Inviter des personnes</translation>
    </message>
    <message>
        <source>A whole office</source>
        <translation>Toute une antenne</translation>
    </message>
    <message>
        <source>People with this need</source>
        <translation>Les personnes ayant ce besoin</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Une par une</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Salarié·e</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif·ve</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Parti·e</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search the title, description or file name…</source>
        <translation>Rechercher dans l’intitulé, la description ou le nom de fichier…</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Toutes les compétences</translation>
    </message>
    <message>
        <source>Add a &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>Add a &amp;link…</source>
        <translation>Ajouter un &amp;lien…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation>1 ressource</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Ajouter un fichier</translation>
    </message>
    <message>
        <source>Add a file to the library</source>
        <translation>Ajouter un fichier à la bibliothèque</translation>
    </message>
    <message>
        <source>Library saved.</source>
        <translation>Bibliothèque mise à jour.</translation>
    </message>
    <message>
        <source>Delete a resource</source>
        <translation>Supprimer une ressource</translation>
    </message>
    <message>
        <source>Remove “%1” from the library?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de la bibliothèque&#xa0;?</translation>
    </message>
    <message>
        <source>Resource deleted.</source>
        <translation>Ressource supprimée.</translation>
    </message>
    <message>
        <source>Open a resource</source>
        <translation>Ouvrir une ressource</translation>
    </message>
    <message>
        <source>No program could open “%1”.</source>
        <translation>Aucun programme n’a pu ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Needs mapping</source>
        <translation>Cartographie des besoins</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Knowledge sharing</source>
        <translation>Partage des savoirs</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Importer des personnes…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>É&amp;change…</translation>
    </message>
    <message>
        <source>Coming in a later version.</source>
        <translation>Disponible dans une prochaine version.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About LearnOrg Desktop</source>
        <translation>À &amp;propos de LearnOrg Desktop</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Onboarding checklists are coming in a later version</source>
        <translation>Les listes d’intégration arrivent dans une prochaine version</translation>
    </message>
    <message>
        <source>They will help you welcome every newcomer the same good way, step by step, with a mentor or buddy, so that turnover costs the organisation less of what it knows.</source>
        <translation>Elles vous aideront à accueillir chaque nouvel arrivant avec le même soin, étape par étape, avec un parrain ou une marraine, pour que la rotation du personnel fasse perdre moins de savoir à l’organisation.</translation>
    </message>
    <message>
        <source>Dashboards are coming in a later version</source>
        <translation>Les tableaux de bord arrivent dans une prochaine version</translation>
    </message>
    <message>
        <source>They will follow each person&apos;s progress and the whole scheme over time: participation, satisfaction, needs met, onboarding and turnover, with an early warning when participation fades.</source>
        <translation>Ils suivront dans la durée la progression de chacun et l’ensemble du dispositif&#xa0;: participation, satisfaction, besoins couverts, intégration et rotation du personnel, avec une alerte précoce quand la participation s’essouffle.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Antenne&#xa0;: %1</translation>
    </message>
    <message>
        <source>LearnOrg Desktop</source>
        <translation>LearnOrg Desktop</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>This file already exists. Use Open database to open it.</source>
        <translation>Ce fichier existe déjà. Utilisez «&#xa0;Ouvrir une base de données&#xa0;» pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Which office is this?</source>
        <translation>Quelle est cette antenne&#xa0;?</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>This database was made by a newer version of LearnOrg Desktop. Update the application to open it.</source>
        <translation>Cette base de données a été créée par une version plus récente de LearnOrg Desktop. Mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This file cannot be opened as a LearnOrg database:
%1</source>
        <translation>Ce fichier ne peut pas être ouvert comme base de données LearnOrg&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>The backup failed:
%1</source>
        <translation>La sauvegarde a échoué&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <source>About LearnOrg Desktop</source>
        <translation>À propos de LearnOrg Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LearnOrg Desktop %1&lt;/h3&gt;&lt;p&gt;An offline tool that helps small solidarity NGOs become learning organisations: who is involved and since when, what people need to learn, how newcomers are welcomed, and how knowledge is shared.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one database file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LearnOrg Desktop %1&lt;/h3&gt;&lt;p&gt;Un outil hors ligne qui aide les petites associations de solidarité à devenir des organisations apprenantes&#xa0;: qui est impliqué et depuis quand, ce que chacun a besoin d’apprendre, comment les nouveaux sont accueillis et comment les savoirs se partagent.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur, dans un seul fichier de base de données.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <source>For each open need: the people inside the organisation who can teach it and are willing to, and the other people with the same need, who could learn together in one session.</source>
        <translation>Pour chaque besoin ouvert&#xa0;: les personnes de l’organisation qui peuvent transmettre la compétence et sont prêtes à le faire, et les autres personnes qui ont le même besoin et pourraient apprendre ensemble lors d’une même séance.</translation>
    </message>
    <message>
        <source>Plan a session…</source>
        <translation>Planifier une séance…</translation>
    </message>
    <message>
        <source>Plan a session for this need, with the suggested host and the people with the same need invited.</source>
        <translation>Planifier une séance pour ce besoin, avec l’animateur·rice suggéré·e, en invitant les personnes qui ont le même besoin.</translation>
    </message>
    <message>
        <source>Select a need to see the suggestion.</source>
        <translation>Sélectionnez un besoin pour voir la suggestion.</translation>
    </message>
    <message>
        <source>nobody inside the organisation yet: look for an outside trainer</source>
        <translation>personne dans l’organisation pour l’instant&#xa0;: cherchez un·e formateur·rice extérieur·e</translation>
    </message>
    <message>
        <source>a team</source>
        <translation>une équipe</translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>personne d’autre</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Could host: %2&lt;br&gt;Could join: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Pourrait animer&#xa0;: %2&lt;br&gt;Pourrait participer&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>All offices</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Salarié·es</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Hatched cells: expired, no longer counted. Empty: never assessed.</source>
        <translation>Cases hachurées&#xa0;: expirées, plus prises en compte. Vides&#xa0;: jamais évaluées.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>%1 people × %2 skills</source>
        <translation>%1 personnes × %2 compétences</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>Add a learning need</source>
        <translation>Ajouter un besoin de formation</translation>
    </message>
    <message>
        <source>Edit a learning need</source>
        <translation>Modifier un besoin de formation</translation>
    </message>
    <message>
        <source>A &amp;person:</source>
        <translation>Une &amp;personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Collective:</source>
        <translation>&amp;Collectif&#xa0;:</translation>
    </message>
    <message>
        <source>A &amp;skill:</source>
        <translation>Une &amp;compétence&#xa0;:</translation>
    </message>
    <message>
        <source>A free &amp;topic:</source>
        <translation>Un &amp;thème libre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Origine&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>&amp;Date visée&#xa0;:</translation>
    </message>
    <message>
        <source>Target &amp;level:</source>
        <translation>&amp;Niveau visé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>(office)</source>
        <translation>(antenne)</translation>
    </message>
    <message>
        <source>Team, e.g. Équipe accueil</source>
        <translation>Équipe, ex. Équipe accueil</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>NeedsListView</name>
    <message>
        <source>All offices</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Non clos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All skills and topics</source>
        <translation>Toutes les compétences et tous les thèmes</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>Individual and collective</source>
        <translation>Individuels et collectifs</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuels</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectifs</translation>
    </message>
    <message>
        <source>&amp;Add a need…</source>
        <translation>&amp;Ajouter un besoin…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>1 need</source>
        <translation>1 besoin</translation>
    </message>
    <message>
        <source>%1 needs</source>
        <translation>%1 besoins</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Delete a need</source>
        <translation>Supprimer un besoin</translation>
    </message>
    <message>
        <source>Delete this learning need?</source>
        <translation>Supprimer ce besoin de formation&#xa0;?</translation>
    </message>
</context>
<context>
    <name>NeedsModels</name>
    <message>
        <source>Whole office</source>
        <translation>Toute l’antenne</translation>
    </message>
    <message>
        <source>%1 (collective)</source>
        <translation>%1 (collectif)</translation>
    </message>
    <message>
        <source>Person or team</source>
        <translation>Personne ou équipe</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Skill or topic</source>
        <translation>Compétence ou thème</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Niveau visé</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Peuvent transmettre</translation>
    </message>
    <message>
        <source>Who can teach it (level, office)</source>
        <translation>Qui (niveau, antenne)</translation>
    </message>
    <message>
        <source>Key skill</source>
        <translation>Compétence clé</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Détenteurs</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manque</translation>
    </message>
    <message>
        <source>Could teach it</source>
        <translation>Pourraient la transmettre</translation>
    </message>
    <message>
        <source>Same need</source>
        <translation>Même besoin</translation>
    </message>
    <message>
        <source>(collective)</source>
        <translation>(collectif)</translation>
    </message>
    <message>
        <source>nobody inside yet</source>
        <translation>personne en interne pour l’instant</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <source>Skills catalogue</source>
        <translation>Catalogue des compétences</translation>
    </message>
    <message>
        <source>Person skills</source>
        <translation>Compétences par personne</translation>
    </message>
    <message>
        <source>Learning needs</source>
        <translation>Besoins de formation</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Talent map and gaps</source>
        <translation>Talents et manques</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>Assessment recorded.</source>
        <translation>Évaluation enregistrée.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Code de l’antenne&#xa0;:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nom de l’antenne&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. HQ, LYON</source>
        <translation>ex. SIEGE, LYON</translation>
    </message>
    <message>
        <source>e.g. Headquarters, Lyon office</source>
        <translation>ex. Siège, Antenne de Lyon</translation>
    </message>
    <message>
        <source>This office is the &amp;headquarters</source>
        <translation>Cette antenne est le &amp;siège</translation>
    </message>
</context>
<context>
    <name>OnboardingModels</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>Due (days after the start)</source>
        <translation>Échéance (jours après le début)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>OnboardingPrompts</name>
    <message>
        <source>Start onboarding</source>
        <translation>Démarrer l’intégration</translation>
    </message>
    <message>
        <source>Start onboarding with the checklist “%1”?</source>
        <translation>Démarrer l’intégration avec la liste «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Start the hand-over checklist “%1” for %2?</source>
        <translation>Démarrer la liste de passation «&#xa0;%1&#xa0;» pour %2&#xa0;?</translation>
    </message>
    <message>
        <source>Skills that would be left without a holder (%1): %2. One hand-over item is added for each.</source>
        <translation>Compétences qui n’auraient plus de détenteur (%1)&#xa0;: %2. Une étape de passation est ajoutée pour chacune.</translation>
    </message>
    <message>
        <source>Departure hand-over</source>
        <translation>Passation de départ</translation>
    </message>
</context>
<context>
    <name>OnboardingTab</name>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Onboardings</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Departure hand-overs</source>
        <translation>Passations de départ</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>Every responsible</source>
        <translation>Tous les responsables</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed: %1 of %2 onboardings · median %3 days to complete · %4 overdue items</source>
        <translation>Terminées&#xa0;: %1 des %2 intégrations · durée médiane %3 jours · %4 étapes en retard</translation>
    </message>
    <message>
        <source>Assign onboarding to newcomers (%1)…</source>
        <translation>Lancer l’intégration des nouveaux arrivants (%1)…</translation>
    </message>
    <message>
        <source>Start onboarding for the newcomers (%1), each with the checklist proposed for them?</source>
        <translation>Démarrer l’intégration des nouveaux arrivants (%1), chacun avec la liste qui lui est proposée&#xa0;?</translation>
    </message>
    <message>
        <source>Left out, no matching template: %1.</source>
        <translation>Laissés de côté, faute de modèle adapté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Assign onboarding</source>
        <translation>Lancer l’intégration</translation>
    </message>
    <message>
        <source>Onboardings started: %1.</source>
        <translation>Intégrations démarrées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Assigning onboarding checklists</source>
        <translation>Attribution des listes d’intégration</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Exporting the checklist</source>
        <translation>Export de la liste</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Parrain / marraine</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Newcomer check-ins</source>
        <translation>Points d’étape avec la personne accueillie</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>Note (1-5)</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name or e-mail…</source>
        <translation>Nom ou e-mail…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Salarié·es</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Active and incoming</source>
        <translation>Actifs et à venir</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Partis</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Record &amp;departure…</source>
        <translation>Enregistrer un &amp;départ…</translation>
    </message>
    <message>
        <source>&amp;Cancel departure</source>
        <translation>A&amp;nnuler le départ</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Cancel departure</source>
        <translation>Annuler le départ</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <source>Importing is not available yet.</source>
        <translation>L’import n’est pas encore disponible.</translation>
    </message>
    <message>
        <source>Import done: %1 added, %2 updated.</source>
        <translation>Import terminé&#xa0;: %1 ajoutées, %2 mises à jour.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>Modifier une personne</translation>
    </message>
    <message>
        <source>(no office)</source>
        <translation>(aucune antenne)</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifiée ailleurs</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Té&amp;léphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Antenne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Arrival date:</source>
        <translation>&amp;Date d’arrivée&#xa0;:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>&amp;Departure date:</source>
        <translation>Date de dé&amp;part&#xa0;:</translation>
    </message>
    <message>
        <source>Departure &amp;reason:</source>
        <translation>&amp;Motif du départ&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>Lan&amp;gues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Search a person…</source>
        <translation>Rechercher une personne…</translation>
    </message>
</context>
<context>
    <name>PersonSkillsView</name>
    <message>
        <source>&amp;Record an assessment…</source>
        <translation>&amp;Enregistrer une évaluation…</translation>
    </message>
    <message>
        <source>Create the ticked needs</source>
        <translation>Créer les besoins cochés</translation>
    </message>
    <message>
        <source>History of the selected skill</source>
        <translation>Historique de la compétence sélectionnée</translation>
    </message>
    <message>
        <source>Compared with the role&apos;s expected skills</source>
        <translation>Comparaison avec les compétences attendues pour le rôle</translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation>Choisissez une personne dans la liste.</translation>
    </message>
    <message>
        <source>Create needs</source>
        <translation>Créer des besoins</translation>
    </message>
</context>
<context>
    <name>ReassessDialog</name>
    <message>
        <source>Re-assess attendees</source>
        <translation>Réévaluer les participant·es</translation>
    </message>
    <message>
        <source>Give a new level where you re-assessed it (blank: none recorded). Needs reaching their target level are marked met; tick &quot;Confirm need met&quot; to close a need whatever the level.</source>
        <translation>Indiquez un nouveau niveau là où vous l’avez réévalué (vide&#xa0;: aucun niveau enregistré). Les besoins qui atteignent leur niveau visé sont marqués satisfaits&#xa0;; cochez «&#xa0;Confirmer le besoin satisfait&#xa0;» pour clore un besoin quel que soit le niveau.</translation>
    </message>
</context>
<context>
    <name>ReassessModel</name>
    <message>
        <source>Attendee</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>New level (0-4)</source>
        <translation>Nouveau niveau (0-4)</translation>
    </message>
    <message>
        <source>Confirm need met</source>
        <translation>Confirmer le besoin satisfait</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>https://…, mailto:… or a file path on a shared drive</source>
        <translation>https://…, mailto:… ou le chemin d’un fichier sur un lecteur partagé</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation>&amp;Compétences&#xa0;:</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Ajouter un fichier</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Edit a resource</source>
        <translation>Modifier une ressource</translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Plan a session for a need</source>
        <translation>Planifier une séance pour un besoin</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Débute le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration (minutes):</source>
        <translation>D&amp;urée (minutes)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Online part (minutes):</source>
        <translation>Partie en li&amp;gne (minutes)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Video-call &amp;link:</source>
        <translation>Lien de &amp;visioconférence&#xa0;:</translation>
    </message>
    <message>
        <source>Sea&amp;ts:</source>
        <translation>&amp;Places&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Antenne&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mmunity:</source>
        <translation>Co&amp;mmunauté&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Compétences&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>A&amp;nimateur·rices&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outside host:</source>
        <translation>Intervenant·e e&amp;xtérieur·e&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>(whole organisation)</source>
        <translation>(toute l’organisation)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>A partner&apos;s name, if they host</source>
        <translation>Nom du partenaire, s’il anime</translation>
    </message>
    <message numerus="yes">
        <source>Saving also invites %n people with this need and marks their needs as planned.</source>
        <translation>
            <numerusform>L’enregistrement invite aussi %n personne qui a ce besoin et marque son besoin comme planifié.</numerusform>
            <numerusform>L’enregistrement invite aussi les %n personnes qui ont ce besoin et marque leurs besoins comme planifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionLabels</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Lunch-and-learn</source>
        <translation>Déjeuner-partage</translation>
    </message>
    <message>
        <source>Mentoring pair</source>
        <translation>Binôme de mentorat</translation>
    </message>
    <message>
        <source>Community-of-practice meeting</source>
        <translation>Réunion de communauté de pratique</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Online module</source>
        <translation>Module en ligne</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Formation mixte</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Feedback and follow-up</source>
        <translation>Retours et suivi</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>Enseignements tirés&#xa0;:</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>Enregistrer les présences</translation>
    </message>
    <message>
        <source>Save outputs</source>
        <translation>Enregistrer le compte rendu</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>Enregistrer les retours</translation>
    </message>
    <message>
        <source>Save follow-up</source>
        <translation>Enregistrer le suivi</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Sélectionnez une séance pour en voir le détail.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>Compétences&#xa0;:</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>Animateur·rices&#xa0;:</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>Communauté&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Animateur·rices</translation>
    </message>
    <message>
        <source>Invited / present / seats</source>
        <translation>Invités / présents / places</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Toutes les compétences</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Marquer comme tenue</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <source>Re-assess attendees…</source>
        <translation>Réévaluer les participant·es…</translation>
    </message>
    <message>
        <source>Print attendance sheet…</source>
        <translation>Imprimer la feuille d’émargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge sharing</source>
        <translation>Partage des savoirs</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Séance enregistrée.</translation>
    </message>
    <message>
        <source>Session updated.</source>
        <translation>Séance mise à jour.</translation>
    </message>
    <message>
        <source>Mark this session as held?</source>
        <translation>Marquer cette séance comme tenue&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel this session? The needs it had planned go back to open.</source>
        <translation>Annuler cette séance&#xa0;? Les besoins qu’elle devait couvrir redeviennent ouverts.</translation>
    </message>
    <message>
        <source>People invited: %1.</source>
        <translation>Personnes invitées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Levels recorded; needs met: %1.</source>
        <translation>Niveaux enregistrés&#xa0;; besoins satisfaits&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Print attendance sheet</source>
        <translation>Imprimer la feuille d’émargement</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>SharingModels</name>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>File or address</source>
        <translation>Fichier ou adresse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Animateur·rices</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Learning hours</source>
        <translation>Heures de formation</translation>
    </message>
    <message>
        <source>Hosting hours</source>
        <translation>Heures animées</translation>
    </message>
    <message>
        <source>Volunteers&apos; hours</source>
        <translation>Heures de bénévolat</translation>
    </message>
    <message>
        <source>Volunteers&apos; share</source>
        <translation>Part du bénévolat</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>Sans antenne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Séances suivies</translation>
    </message>
    <message>
        <source>Sessions hosted</source>
        <translation>Séances animées</translation>
    </message>
</context>
<context>
    <name>SharingTab</name>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
</context>
<context>
    <name>SingleHolderPanel</name>
    <message>
        <source>1 skill is held by a single active person:</source>
        <translation>1 compétence n’est détenue que par une seule personne active&#xa0;:</translation>
    </message>
    <message>
        <source>%1 skills are held by a single active person:</source>
        <translation>%1 compétences ne sont détenues chacune que par une seule personne active&#xa0;:</translation>
    </message>
    <message>
        <source>Plan to pass them on before these people leave (key skills in bold).</source>
        <translation>Prévoyez leur transmission avant le départ de ces personnes (compétences clés en gras).</translation>
    </message>
</context>
<context>
    <name>SkillDialog</name>
    <message>
        <source>Add a skill</source>
        <translation>Ajouter une compétence</translation>
    </message>
    <message>
        <source>Edit a skill</source>
        <translation>Modifier une compétence</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Target &amp;people:</source>
        <translation>&amp;Personnes visées&#xa0;:</translation>
    </message>
    <message>
        <source>Target &amp;level:</source>
        <translation>Ni&amp;veau visé&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>À &amp;renouveler&#xa0;:</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Key skill: the organisation sets a target</source>
        <translation>Compétence &amp;clé&#xa0;: l’organisation fixe un objectif</translation>
    </message>
    <message>
        <source>Assessments carry a valid-until date (e.g. first aid)</source>
        <translation>Les évaluations ont une date de fin de validité (ex. premiers secours)</translation>
    </message>
    <message>
        <source>How many active people should hold this skill</source>
        <translation>Combien de personnes actives devraient détenir cette compétence</translation>
    </message>
</context>
<context>
    <name>SkillLabels</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>notions</source>
        <translation>notions</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>pratique</translation>
    </message>
    <message>
        <source>autonomous</source>
        <translation>autonome</translation>
    </message>
    <message>
        <source>can teach</source>
        <translation>peut transmettre</translation>
    </message>
    <message>
        <source>not interested</source>
        <translation>pas intéressé·e</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un peu</translation>
    </message>
    <message>
        <source>interested</source>
        <translation>intéressé·e</translation>
    </message>
    <message>
        <source>very interested</source>
        <translation>très intéressé·e</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>Souhait de la personne</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Évolution anticipée avec le manager</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Exigence de l’organisation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Mark as planned</source>
        <translation>Marquer comme planifié</translation>
    </message>
    <message>
        <source>Mark as in progress</source>
        <translation>Marquer comme en cours</translation>
    </message>
    <message>
        <source>Mark as met</source>
        <translation>Marquer comme satisfait</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>SkillMatrixModel</name>
    <message>
        <source>Expired: no longer counts as held.</source>
        <translation>Expirée&#xa0;: n’est plus considérée comme détenue.</translation>
    </message>
</context>
<context>
    <name>SkillsModels</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Key skill</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1 people at level %2</source>
        <translation>%1 pers. au niveau %2</translation>
    </message>
    <message>
        <source>Expired: this level no longer counts.</source>
        <translation>Expirée&#xa0;: ce niveau n’est plus pris en compte.</translation>
    </message>
    <message>
        <source>Expires within %1 days.</source>
        <translation>Expire dans moins de %1 jours.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Willing to share</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Expected level</source>
        <translation>Niveau attendu</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
</context>
<context>
    <name>TalentView</name>
    <message>
        <source>Key skills: holders at the target level</source>
        <translation>Compétences clés&#xa0;: détenteurs au niveau visé</translation>
    </message>
    <message>
        <source>Talent map: who can teach what and is willing to</source>
        <translation>Carte des talents&#xa0;: qui peut transmettre quoi et le souhaite</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Modifier le modèle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Public&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Antenne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Departure (hand-over)</source>
        <translation>Départ (passation)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Ajouter une &amp;étape</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Retirer l’étape</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvelle étape</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>A checklist is copied when it is given to someone: editing a template creates a new version and never changes the checklists already assigned.</source>
        <translation>Une liste est copiée quand elle est attribuée à quelqu’un&#xa0;: modifier un modèle crée une nouvelle version et ne change jamais les listes déjà attribuées.</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Load default templates</source>
        <translation>&amp;Charger les modèles par défaut</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete this template? Checklists already assigned keep their items.</source>
        <translation>Supprimer ce modèle&#xa0;? Les listes déjà attribuées gardent leurs étapes.</translation>
    </message>
    <message>
        <source>Default templates</source>
        <translation>Modèles par défaut</translation>
    </message>
    <message>
        <source>%1 templates added, %2 already there.</source>
        <translation>Modèles ajoutés&#xa0;: %1, déjà présents&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV file or an Excel or LibreOffice spreadsheet listing people.</source>
        <translation>Un fichier CSV, ou un classeur Excel ou LibreOffice, qui liste des personnes.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <source>Confirm the columns</source>
        <translation>Confirmer les colonnes</translation>
    </message>
    <message>
        <source>Check which information each column holds; unknown columns are ignored.</source>
        <translation>Vérifiez ce que contient chaque colonne&#xa0;; les colonnes non reconnues sont ignorées.</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Ligne d’&amp;en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;office:</source>
        <translation>&amp;Antenne par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;kind:</source>
        <translation>&amp;Type par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>No header was recognised: choose the header row and what each column holds.</source>
        <translation>Aucun en-tête n’a été reconnu&#xa0;: choisissez la ligne d’en-tête et ce que contient chaque colonne.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ne pas importer)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Two columns hold the same information.</source>
        <translation>Deux colonnes contiennent la même information.</translation>
    </message>
    <message>
        <source>Choose the column holding the last name.</source>
        <translation>Choisissez la colonne qui contient le nom.</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Import.</source>
        <translation>Rien n’est enregistré tant que vous n’avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>Personnes à créer&#xa0;: %1, à mettre à jour&#xa0;: %2, inchangées&#xa0;: %3. Lignes rejetées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Rejected rows (they will not be imported):</source>
        <translation>Lignes rejetées (elles ne seront pas importées)&#xa0;:</translation>
    </message>
</context>
</TS>
