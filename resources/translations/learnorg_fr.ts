<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Anonymise</name>
    <message>
        <source>… and %1 others</source>
        <translation>… et %1 autres</translation>
    </message>
    <message>
        <source>Anonymise this person?</source>
        <translation>Anonymiser cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>Anonymise these %1 people?</source>
        <translation>Anonymiser ces %1 personnes&#xa0;?</translation>
    </message>
    <message>
        <source>Their name, contact details, notes and comments are erased for good. Their statistics (dates, office, attendance, skill levels) are kept.

This cannot be undone, and it will reach the other offices with the next exchange files. A backup is taken first.</source>
        <translation>Leur nom, leurs coordonnées, notes et commentaires sont effacés définitivement. Leurs statistiques (dates, antenne, présences, niveaux de compétence) sont gardées.

C’est irréversible, et cela atteindra les autres antennes avec les prochains fichiers d’échange. Une sauvegarde est faite avant.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymisation en cours…</translation>
    </message>
    <message>
        <source>Anonymising</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>This did not work. Details are in the log file.</source>
        <translation>Cela n’a pas fonctionné. Les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Enter an answer – %1</source>
        <translation>Saisir une réponse – %1</translation>
    </message>
    <message>
        <source>The answer is anonymous: no name is recorded. Leave a statement blank when the respondent does not know.</source>
        <translation>La réponse est anonyme&#xa0;: aucun nom n’est enregistré. Laissez une affirmation sans réponse quand la personne interrogée ne sait pas.</translation>
    </message>
    <message>
        <source>Respondent &amp;group:</source>
        <translation>&amp;Groupe de répondants&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Antenne&#xa0;:</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>&amp;Date de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation>&amp;Commentaires&#xa0;:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non précisée)</translation>
    </message>
    <message>
        <source>— (no answer)</source>
        <translation>— (sans réponse)</translation>
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
    <name>BackupAction</name>
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
        <source>The server&apos;s database was saved by pg_dump to:
%1

To put it back into an empty database, the server&apos;s administrator runs:
%2</source>
        <translation>La base de données du serveur a été sauvegardée par pg_dump dans&#xa0;:
%1

Pour la remettre dans une base vide, l’administrateur·rice du serveur lance&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>LearnOrg Desktop backs up this database when it starts and closes, before every upgrade, import and merge, and keeps about a year of them. Restoring one checks it first and backs up the current state, so a restore can be undone.</source>
        <translation>LearnOrg Desktop sauvegarde cette base de données au démarrage et à la fermeture, avant chaque mise à jour, import ou fusion, et conserve environ un an de sauvegardes. Avant une restauration, la sauvegarde choisie est vérifiée et l’état actuel est sauvegardé&#xa0;: une restauration peut donc être annulée.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>The backup failed:
%1</source>
        <translation>La sauvegarde a échoué&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Taken</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Application started</source>
        <translation>Démarrage de l’application</translation>
    </message>
    <message>
        <source>Application closed</source>
        <translation>Fermeture de l’application</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Sauvegarde manuelle</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>Avant une mise à jour de la base de données</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant un import</translation>
    </message>
    <message>
        <source>Before merging an exchange file</source>
        <translation>Avant la fusion d’un fichier d’échange</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Edit the campaign</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Ouverte le&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Self-diagnosis, spring 2026</source>
        <translation>ex. Auto-diagnostic, printemps 2026</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Close le %1</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
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
    <name>ChartView</name>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique en image PNG</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written:
%1</source>
        <translation>L’image n’a pas pu être écrite&#xa0;:
%1</translation>
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
        <source>Comment on the selected item</source>
        <translation>Commentaire sur l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Étapes des listes</translation>
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
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
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
    <name>Conflict</name>
    <message>
        <source>Someone else changed this person while you were editing. Reload to see their version; your changes in this dialog will be replaced.</source>
        <translation>Quelqu’un d’autre a modifié cette personne pendant que vous la modifiiez. Rechargez pour voir sa version&#xa0;; vos modifications dans cette fenêtre seront remplacées.</translation>
    </message>
    <message>
        <source>Someone else changed this need while you were editing. Reload to see their version; your changes in this dialog will be replaced.</source>
        <translation>Quelqu’un d’autre a modifié ce besoin pendant que vous le modifiiez. Rechargez pour voir sa version&#xa0;; vos modifications dans cette fenêtre seront remplacées.</translation>
    </message>
    <message>
        <source>Someone else changed this session while you were editing. Reload to see their version; your changes in this dialog will be replaced.</source>
        <translation>Quelqu’un d’autre a modifié cette séance pendant que vous la modifiiez. Rechargez pour voir sa version&#xa0;; vos modifications dans cette fenêtre seront remplacées.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Cancel keeps what you typed, to copy it before reloading.</source>
        <translation>Annuler garde ce que vous avez saisi, pour le copier avant de recharger.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Cette antenne</translation>
    </message>
    <message>
        <source>Other office (%1)</source>
        <translation>Autre antenne (%1)</translation>
    </message>
    <message>
        <source>Take the other office&apos;s value</source>
        <translation>Prendre la valeur de l’autre antenne</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Exchange conflicts</source>
        <translation>Conflits d’échange</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Afficher les &amp;résolus</translation>
    </message>
    <message>
        <source>&amp;Keep this office&apos;s version</source>
        <translation>&amp;Conserver la version de cette antenne</translation>
    </message>
    <message>
        <source>&amp;Take the other version</source>
        <translation>&amp;Prendre l’autre version</translation>
    </message>
    <message>
        <source>&amp;Apply chosen fields</source>
        <translation>&amp;Appliquer les champs choisis</translation>
    </message>
    <message>
        <source>Tick, field by field, where the other office&apos;s value is the right one, then apply.</source>
        <translation>Cochez, champ par champ, les valeurs de l’autre antenne qui sont les bonnes, puis appliquez.</translation>
    </message>
    <message>
        <source>No conflict to review.</source>
        <translation>Aucun conflit à examiner.</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to compare both versions.</source>
        <translation>Choisissez un conflit dans la liste pour comparer les deux versions.</translation>
    </message>
    <message>
        <source>%1 “%2” was changed here and in the office %3 (file received on %4).</source>
        <translation>La fiche «&#xa0;%2&#xa0;» (%1) a été modifiée ici et dans l’antenne %3 (fichier reçu le %4).</translation>
    </message>
    <message>
        <source>This office&apos;s version is in use until you choose.</source>
        <translation>La version de cette antenne est utilisée tant que vous n’avez pas choisi.</translation>
    </message>
    <message>
        <source>The other office&apos;s version is in use (it is the newer one) until you choose.</source>
        <translation>La version de l’autre antenne (la plus récente) est utilisée tant que vous n’avez pas choisi.</translation>
    </message>
    <message>
        <source>The database is open read-only: conflicts cannot be resolved here.</source>
        <translation>La base de données est ouverte en lecture seule&#xa0;: les conflits ne peuvent pas être résolus ici.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation>Autre antenne</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Resolved: the version in use was kept</source>
        <translation>Résolu&#xa0;: la version utilisée a été conservée</translation>
    </message>
    <message>
        <source>Resolved: the set-aside version was taken</source>
        <translation>Résolu&#xa0;: la version mise de côté a été reprise</translation>
    </message>
    <message>
        <source>Resolved field by field</source>
        <translation>Résolu champ par champ</translation>
    </message>
    <message>
        <source>Resolved with another conflict on this record</source>
        <translation>Résolu avec un autre conflit sur cette fiche</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents – %1</source>
        <translation>Consentements – %1</translation>
    </message>
    <message>
        <source>What this person agreed to, and when. A withdrawn consent stays listed as the record of what was agreed.</source>
        <translation>Ce que cette personne a accepté, et quand. Un consentement retiré reste dans la liste, comme trace de ce qui avait été accepté.</translation>
    </message>
    <message>
        <source>&amp;Withdraw (today)</source>
        <translation>&amp;Retirer (aujourd’hui)</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Donné le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Modalité&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. signed form, e-mail of 3 March</source>
        <translation>ex. formulaire signé, e-mail du 3 mars</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Modalité</translation>
    </message>
</context>
<context>
    <name>DashboardsTab</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Individual follow-up</source>
        <translation>Suivi individuel</translation>
    </message>
    <message>
        <source>Self-diagnosis</source>
        <translation>Auto-diagnostic</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>%1 on %2 (since %3 UTC)</source>
        <translation>%1 sur %2 (depuis %3 UTC)</translation>
    </message>
    <message>
        <source>The database %1 is already open in another LearnOrg Desktop window: %2.

Only one window at a time may change it. You can open it read-only to look at it.</source>
        <translation>La base de données %1 est déjà ouverte dans une autre fenêtre de LearnOrg Desktop&#xa0;: %2.

Une seule fenêtre à la fois peut la modifier. Vous pouvez l’ouvrir en lecture seule pour la consulter.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de données en cours d’utilisation</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
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
        <source>This database must first be upgraded by the window that has it open; close that window and open the database again.</source>
        <translation>Cette base de données doit d’abord être mise à jour par la fenêtre qui l’a ouverte&#xa0;; fermez cette fenêtre et ouvrez de nouveau la base de données.</translation>
    </message>
    <message>
        <source>This file cannot be opened as a LearnOrg database:
%1</source>
        <translation>Ce fichier ne peut pas être ouvert comme base de données LearnOrg&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>Read-only: in use by %1</source>
        <translation>Lecture seule&#xa0;: utilisée par %1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde pour l’instant</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>un partage réseau</translation>
    </message>
    <message>
        <source>a removable drive</source>
        <translation>un disque amovible</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>This database is on %1. A save confirmed there may be lost if the connection drops or the drive is pulled out. Keep the database on this computer&apos;s own disk and use exchange files or backups to carry it.</source>
        <translation>Cette base de données se trouve sur %1. Un enregistrement confirmé peut y être perdu si la connexion est coupée ou si le disque est débranché. Gardez la base de données sur le disque de cet ordinateur et utilisez des fichiers d’échange ou des sauvegardes pour la transporter.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A database on a server is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>Une base de données sur un serveur se sauvegarde avec les outils du serveur (pg_dump).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup was not restored; the database is unchanged.
%1</source>
        <translation>La sauvegarde n’a pas été restaurée&#xa0;; la base de données n’a pas changé.
%1</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>Replace the database by this backup? Changes made since then will be set aside in a new backup, not lost.

Cancel works while the backup is checked and copied; the last step, putting it in place, always finishes, so the database is never left half-restored.</source>
        <translation>Remplacer la base de données par cette sauvegarde&#xa0;? Les modifications faites depuis seront mises de côté dans une nouvelle sauvegarde, pas perdues.

Annuler fonctionne pendant la vérification et la copie de la sauvegarde&#xa0;; la dernière étape, la mise en place, va toujours jusqu’au bout&#xa0;: la base n’est jamais à moitié restaurée.</translation>
    </message>
    <message>
        <source>Restoring a backup…</source>
        <translation>Restauration d’une sauvegarde…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Copying the backup beside the database…</source>
        <translation>Copie de la sauvegarde à côté de la base de données…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Vérification de la copie…</translation>
    </message>
    <message>
        <source>Setting the current state aside in a backup…</source>
        <translation>Mise de côté de l’état actuel dans une sauvegarde…</translation>
    </message>
    <message>
        <source>Putting the backup in place. This last step cannot be cancelled.</source>
        <translation>Mise en place de la sauvegarde. Cette dernière étape ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>The integrity check of this database failed:
%1</source>
        <translation>La vérification d’intégrité de cette base de données a échoué&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>No sound backup was found. Stop using this file and ask for help; do not delete it.</source>
        <translation>Aucune sauvegarde intacte n’a été trouvée. Cessez d’utiliser ce fichier et demandez de l’aide&#xa0;; ne le supprimez pas.</translation>
    </message>
    <message>
        <source>Restore the latest sound backup (%1)? The damaged file is kept in a backup.</source>
        <translation>Restaurer la dernière sauvegarde intacte (%1)&#xa0;? Le fichier endommagé est conservé dans une sauvegarde.</translation>
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
    <name>DiagnosticView</name>
    <message>
        <source>Self-diagnosis campaigns</source>
        <translation>Campagnes d’auto-diagnostic</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>&amp;Enter an answer…</source>
        <translation>&amp;Saisir une réponse…</translation>
    </message>
    <message>
        <source>Type in one anonymous response (open campaigns only)</source>
        <translation>Saisir une réponse anonyme (campagnes ouvertes uniquement)</translation>
    </message>
    <message>
        <source>&amp;Blank form…</source>
        <translation>&amp;Formulaire vierge…</translation>
    </message>
    <message>
        <source>Save the answer form as an Excel file to send to the offices</source>
        <translation>Enregistrer le formulaire de réponse en fichier Excel à envoyer aux antennes</translation>
    </message>
    <message>
        <source>&amp;Import filled forms…</source>
        <translation>&amp;Importer les formulaires remplis…</translation>
    </message>
    <message>
        <source>Import returned forms: all of them, or none if one is wrong</source>
        <translation>Importer les formulaires retournés&#xa0;: tous, ou aucun si l’un d’eux contient une erreur</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Clore</translation>
    </message>
    <message>
        <source>Campaign opened.</source>
        <translation>Campagne ouverte.</translation>
    </message>
    <message>
        <source>Campaign saved.</source>
        <translation>Campagne enregistrée.</translation>
    </message>
    <message>
        <source>Close the campaign</source>
        <translation>Clore la campagne</translation>
    </message>
    <message>
        <source>Campaign closed: it accepts no more responses.</source>
        <translation>Campagne close&#xa0;: elle n’accepte plus de réponses.</translation>
    </message>
    <message>
        <source>Reopen the campaign</source>
        <translation>Rouvrir la campagne</translation>
    </message>
    <message>
        <source>Campaign reopened.</source>
        <translation>Campagne rouverte.</translation>
    </message>
    <message>
        <source>Delete the campaign “%1” and its %2 responses? Its results will no longer be shown.</source>
        <translation>Supprimer la campagne «&#xa0;%1&#xa0;» et ses %2 réponses&#xa0;? Ses résultats ne seront plus affichés.</translation>
    </message>
    <message>
        <source>Delete a campaign</source>
        <translation>Supprimer une campagne</translation>
    </message>
    <message>
        <source>Campaign deleted.</source>
        <translation>Campagne supprimée.</translation>
    </message>
    <message>
        <source>Answer recorded.</source>
        <translation>Réponse enregistrée.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
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
        <source>Left on</source>
        <translation>Date de départ</translation>
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
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Years after departure</source>
        <translation>Années après le départ</translation>
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
        <source>Not saved: someone else changed this record while you were editing. Press OK again and choose Reload to see their version.</source>
        <translation>Non enregistré&#xa0;: quelqu’un d’autre a modifié cette fiche pendant que vous la modifiiez. Appuyez de nouveau sur OK et choisissez Recharger pour voir sa version.</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this record at the same moment. Please try again.</source>
        <translation>Non enregistré&#xa0;: quelqu’un d’autre a enregistré cette fiche au même moment. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Several people match “{person}”: choose the person in the list.</source>
        <translation>Plusieurs personnes correspondent à «&#xa0;{person}&#xa0;»&#xa0;: choisissez la personne dans la liste.</translation>
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
        <source>This exchange file is damaged, incomplete or was modified: nothing was imported. Ask the sending office for a new copy.</source>
        <translation>Ce fichier d’échange est endommagé, incomplet ou a été modifié&#xa0;: rien n’a été importé. Demandez-en une nouvelle copie à l’antenne qui l’a envoyé.</translation>
    </message>
    <message>
        <source>This exchange file holds unexpected content and was not opened: nothing was imported.</source>
        <translation>Ce fichier d’échange a un contenu inattendu et n’a pas été ouvert&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>This exchange file is protected: enter its passphrase.</source>
        <translation>Ce fichier d’échange est protégé&#xa0;: saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <source>This exchange file is not protected by a passphrase.</source>
        <translation>Ce fichier d’échange n’est pas protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file was modified: nothing was imported.</source>
        <translation>Phrase secrète incorrecte, ou fichier modifié&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>La phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <source>This exchange file comes from a newer version of LearnOrg Desktop: update the application first.</source>
        <translation>Ce fichier d’échange provient d’une version plus récente de LearnOrg Desktop&#xa0;: mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>This exchange file comes from this same office ({office}): it cannot be imported here.</source>
        <translation>Ce fichier d’échange provient de cette même antenne ({office})&#xa0;: il ne peut pas être importé ici.</translation>
    </message>
    <message>
        <source>This exchange file was made for the office {office}, not for this one.</source>
        <translation>Ce fichier d’échange a été préparé pour l’antenne {office}, pas pour celle-ci.</translation>
    </message>
    <message>
        <source>A different file with the same export number was already imported: this one was refused.</source>
        <translation>Un autre fichier portant le même numéro d’export a déjà été importé&#xa0;: celui-ci a été refusé.</translation>
    </message>
    <message>
        <source>A record of this exchange file is not acceptable ({reason}): nothing was imported.</source>
        <translation>Une fiche de ce fichier d’échange n’est pas acceptable ({reason})&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>This exchange file refers to records this database does not have: ask the sending office for a complete export.</source>
        <translation>Ce fichier d’échange fait référence à des fiches absentes de cette base de données&#xa0;: demandez un export complet à l’antenne qui l’a envoyé.</translation>
    </message>
    <message>
        <source>This database does not belong to an office yet.</source>
        <translation>Cette base de données n’appartient encore à aucune antenne.</translation>
    </message>
    <message>
        <source>The {sheet} sheet would have more rows than Excel allows: choose a shorter period or one office.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» aurait plus de lignes qu’Excel n’en autorise&#xa0;: choisissez une période plus courte ou une seule antenne.</translation>
    </message>
    <message>
        <source>The library&apos;s copy of a document is damaged.</source>
        <translation>La copie d’un document dans la bibliothèque est endommagée.</translation>
    </message>
    <message>
        <source>This conflict no longer exists or was already resolved.</source>
        <translation>Ce conflit n’existe plus ou a déjà été résolu.</translation>
    </message>
    <message>
        <source>These fields are not part of the record: {fields}.</source>
        <translation>Ces champs ne font pas partie de la fiche&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>The target database already holds an office&apos;s data: copy into an empty database.</source>
        <translation>La base de données cible contient déjà les données d’une antenne&#xa0;: copiez dans une base vide.</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>Ce consentement n’existe plus.</translation>
    </message>
    <message>
        <source>This consent is already withdrawn.</source>
        <translation>Ce consentement est déjà retiré.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before the day it was given.</source>
        <translation>Un consentement ne peut pas être retiré avant le jour où il a été donné.</translation>
    </message>
    <message>
        <source>This person has no open consent for “{purpose}”.</source>
        <translation>Cette personne n’a aucun consentement en cours pour «&#xa0;{purpose}&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a period between 1 and 50 years.</source>
        <translation>Choisissez une durée comprise entre 1 et 50 ans.</translation>
    </message>
    <message>
        <source>Choose a file ending in .xlsx or .json.</source>
        <translation>Choisissez un fichier dont le nom se termine par .xlsx ou .json.</translation>
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
        <source>This change was not saved: the database is open read-only here (another window is working on it, or the file or its folder cannot be written).</source>
        <translation>Cette modification n’a pas été enregistrée&#xa0;: la base de données est ouverte ici en lecture seule (une autre fenêtre l’utilise, ou le fichier ou son dossier n’est pas accessible en écriture).</translation>
    </message>
    <message>
        <source>This change was not saved: the disk is full. Free some space, then try again; the data saved before is intact.</source>
        <translation>Cette modification n’a pas été enregistrée&#xa0;: le disque est plein. Libérez de l’espace, puis réessayez&#xa0;; les données enregistrées auparavant sont intactes.</translation>
    </message>
    <message>
        <source>This change was not saved: the disk refused to write (full, unplugged or failing). The data saved before is intact; free some space or check the drive, then try again.</source>
        <translation>Cette modification n’a pas été enregistrée&#xa0;: le disque a refusé l’écriture (plein, débranché ou défaillant). Les données enregistrées auparavant sont intactes&#xa0;; libérez de l’espace ou vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Anonymised on</source>
        <translation>Date d’anonymisation</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Mis en pratique</translation>
    </message>
    <message>
        <source>How it was applied</source>
        <translation>Détails de la mise en pratique</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Parrain / marraine</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Fiche supprimée</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>File fingerprint</source>
        <translation>Empreinte du fichier</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Hand-over notes</source>
        <translation>Notes de passation</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité·e</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Key skill</source>
        <translation>Compétence clé</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Date d’ouverture</translation>
    </message>
    <message>
        <source>Created by the office</source>
        <translation>Antenne d’origine</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Version du questionnaire</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe de répondants</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Personne responsable</translation>
    </message>
    <message>
        <source>Responsible role</source>
        <translation>Rôle responsable</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notes sensibles</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Version du modèle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Willing to share</source>
        <translation>Prêt·e à transmettre</translation>
    </message>
    <message>
        <source>Self-diagnosis campaigns</source>
        <translation>Campagnes d’auto-diagnostic</translation>
    </message>
    <message>
        <source>Self-diagnosis responses</source>
        <translation>Réponses d’auto-diagnostic</translation>
    </message>
    <message>
        <source>Self-diagnosis answers</source>
        <translation>Réponses aux affirmations d’auto-diagnostic</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Antennes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Skill categories</source>
        <translation>Catégories de compétences</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Skills expected per role</source>
        <translation>Compétences attendues par rôle</translation>
    </message>
    <message>
        <source>Skill levels</source>
        <translation>Niveaux de compétence</translation>
    </message>
    <message>
        <source>Learning needs</source>
        <translation>Besoins de formation</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Modèles de listes</translation>
    </message>
    <message>
        <source>Checklist template items</source>
        <translation>Étapes des modèles de listes</translation>
    </message>
    <message>
        <source>Onboarding and hand-over checklists</source>
        <translation>Listes d’intégration et de passation</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Étapes des listes</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points d’étape</translation>
    </message>
    <message>
        <source>Communities of practice</source>
        <translation>Communautés de pratique</translation>
    </message>
    <message>
        <source>Community members</source>
        <translation>Membres des communautés</translation>
    </message>
    <message>
        <source>Knowledge-sharing sessions</source>
        <translation>Séances de partage des savoirs</translation>
    </message>
    <message>
        <source>Session hosts</source>
        <translation>Animateur·rices des séances</translation>
    </message>
    <message>
        <source>Session skills</source>
        <translation>Compétences des séances</translation>
    </message>
    <message>
        <source>Invitations and attendance</source>
        <translation>Invitations et présences</translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation>Retours sur les séances</translation>
    </message>
    <message>
        <source>Library resources</source>
        <translation>Ressources de la bibliothèque</translation>
    </message>
    <message>
        <source>Resource links</source>
        <translation>Rattachements des ressources</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Any office</source>
        <translation>Toute antenne</translation>
    </message>
    <message>
        <source>1 conflict to review.</source>
        <translation>1 conflit à examiner.</translation>
    </message>
    <message>
        <source>%1 conflicts to review.</source>
        <translation>%1 conflits à examiner.</translation>
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
    <name>ExchangeController</name>
    <message>
        <source>E&amp;xchange</source>
        <translation>É&amp;changes</translation>
    </message>
    <message>
        <source>&amp;Send changes to an office…</source>
        <translation>&amp;Envoyer les modifications à une antenne…</translation>
    </message>
    <message>
        <source>Write a file with this office&apos;s changes for another office.</source>
        <translation>Créer un fichier contenant les modifications de cette antenne, pour une autre antenne.</translation>
    </message>
    <message>
        <source>&amp;Receive a file…</source>
        <translation>&amp;Recevoir un fichier…</translation>
    </message>
    <message>
        <source>Preview, then merge a file sent by another office.</source>
        <translation>Voir un aperçu, puis fusionner un fichier envoyé par une autre antenne.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>The files sent and received.</source>
        <translation>Les fichiers envoyés et reçus.</translation>
    </message>
    <message>
        <source>Records changed both here and in another office.</source>
        <translation>Fiches modifiées à la fois ici et dans une autre antenne.</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Conflits (%1)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Send changes to an office</source>
        <translation>Envoyer les modifications à une antenne</translation>
    </message>
    <message>
        <source>&amp;For the office:</source>
        <translation>Pour l’&amp;antenne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>&amp;Confirmer la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Any office</source>
        <translation>Toute antenne</translation>
    </message>
    <message>
        <source>The file holds what changed since the last file sent to this office, deletions included.</source>
        <translation>Le fichier contient ce qui a changé depuis le dernier fichier envoyé à cette antenne, suppressions comprises.</translation>
    </message>
    <message>
        <source>&amp;Everything (full copy), not only the changes</source>
        <translation>&amp;Tout (copie complète), pas seulement les modifications</translation>
    </message>
    <message>
        <source>For a first exchange, or when an office asks for a complete copy.</source>
        <translation>Pour un premier échange, ou quand une antenne demande une copie complète.</translation>
    </message>
    <message>
        <source>Optional: the passphrase your offices agreed on</source>
        <translation>Facultatif&#xa0;: la phrase secrète convenue entre vos antennes</translation>
    </message>
    <message>
        <source>With a passphrase, a lost USB stick or e-mail reveals nothing and a modified file is refused. Share the passphrase by phone or in person, never in the same e-mail as the file.</source>
        <translation>Avec une phrase secrète, une clé USB ou un e-mail perdu ne révèle rien, et un fichier modifié est refusé. Communiquez la phrase secrète par téléphone ou de vive voix, jamais dans le même e-mail que le fichier.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Where to save the exchange file (.learnorg)</source>
        <translation>Où enregistrer le fichier d’échange (.learnorg)</translation>
    </message>
    <message>
        <source>Exchange files (*.learnorg)</source>
        <translation>Fichiers d’échange (*.learnorg)</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: saisissez deux fois la même.</translation>
    </message>
    <message>
        <source>Choose where to save the exchange file.</source>
        <translation>Choisissez où enregistrer le fichier d’échange.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n’existe pas.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Writing the exchange file…</source>
        <translation>Écriture du fichier d’échange…</translation>
    </message>
    <message>
        <source>Send changes to an office</source>
        <translation>Envoyer les modifications à une antenne</translation>
    </message>
    <message>
        <source>The exchange file was written to %1.</source>
        <translation>Le fichier d’échange a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>Records: %1. Documents: %2.</source>
        <translation>Fiches&#xa0;: %1. Documents&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing changed since the last file sent to this office: the file written to %1 holds no records.</source>
        <translation>Rien n’a changé depuis le dernier fichier envoyé à cette antenne&#xa0;: le fichier enregistré dans %1 ne contient aucune fiche.</translation>
    </message>
    <message>
        <source>The file is protected by the passphrase.</source>
        <translation>Le fichier est protégé par la phrase secrète.</translation>
    </message>
    <message>
        <source>1 document of the library could not be found on this computer and was not included. Ask whoever added it to add it again.</source>
        <translation>1 document de la bibliothèque est introuvable sur cet ordinateur et n’a pas été inclus. Demandez à qui l’a ajouté de l’ajouter de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents of the library could not be found on this computer and were not included. Ask whoever added them to add them again.</source>
        <translation>
            <numerusform>%Ln document de la bibliothèque est introuvable sur cet ordinateur et n’a pas été inclus. Demandez à qui l’a ajouté de l’ajouter de nouveau.</numerusform>
            <numerusform>%Ln documents de la bibliothèque sont introuvables sur cet ordinateur et n’ont pas été inclus. Demandez à qui les a ajoutés de les ajouter de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange file could not be written: %1</source>
        <translation>Le fichier d’échange n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The exchange file could not be written; details are in the log file.</source>
        <translation>Le fichier d’échange n’a pas pu être écrit&#xa0;; les détails figurent dans le journal.</translation>
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
    <name>FilePage</name>
    <message>
        <source>Choose the exchange file</source>
        <translation>Choisir le fichier d’échange</translation>
    </message>
    <message>
        <source>A .learnorg file sent by another office, on a USB stick or by e-mail.</source>
        <translation>Un fichier .learnorg envoyé par une autre antenne, sur une clé USB ou par e-mail.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>The exchange file (.learnorg)</source>
        <translation>Le fichier d’échange (.learnorg)</translation>
    </message>
    <message>
        <source>Receive a file</source>
        <translation>Recevoir un fichier</translation>
    </message>
    <message>
        <source>Exchange files (*.learnorg);;All files (*)</source>
        <translation>Fichiers d’échange (*.learnorg);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Period of the indicators</source>
        <translation>Période des indicateurs</translation>
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
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
</context>
<context>
    <name>FormsActions</name>
    <message>
        <source>Save the blank answer form</source>
        <translation>Enregistrer le formulaire de réponse vierge</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Blank form written to %1</source>
        <translation>Formulaire vierge enregistré dans %1</translation>
    </message>
    <message>
        <source>Writing the blank form…</source>
        <translation>Écriture du formulaire vierge…</translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation>Formulaire vierge</translation>
    </message>
    <message>
        <source>Import filled forms</source>
        <translation>Importer les formulaires remplis</translation>
    </message>
    <message>
        <source>Answer forms (%1)</source>
        <translation>Formulaires de réponse (%1)</translation>
    </message>
    <message>
        <source>Responses imported: %1.</source>
        <translation>Réponses importées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Importing the forms…</source>
        <translation>Import des formulaires…</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these forms, then import them all again:</source>
        <translation>Rien n’a été importé. Corrigez ces formulaires, puis importez-les de nouveau tous ensemble&#xa0;:</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… et %1 autres problèmes.</translation>
    </message>
</context>
<context>
    <name>GlobalView</name>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Click a line (or its “?”) to read what the figure counts.</source>
        <translation>Cliquez sur une ligne (ou sur son «&#xa0;?&#xa0;») pour lire ce que compte le chiffre.</translation>
    </message>
    <message>
        <source>Sessions held, resources added and participation per month</source>
        <translation>Séances tenues, ressources ajoutées et participation par mois</translation>
    </message>
    <message>
        <source>Key-skill coverage: holders against the target</source>
        <translation>Couverture des compétences clés&#xa0;: détenteurs par rapport à la cible</translation>
    </message>
    <message>
        <source>Sessions held per office and month</source>
        <translation>Séances tenues par antenne et par mois</translation>
    </message>
    <message>
        <source>Click an indicator to read its definition.</source>
        <translation>Cliquez sur un indicateur pour lire sa définition.</translation>
    </message>
    <message>
        <source>The indicators could not be computed: %1</source>
        <translation>Les indicateurs n’ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Indicators computed in %1 s.</source>
        <translation>Indicateurs calculés en %1&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Exchange history</source>
        <translation>Historique des échanges</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Antenne&#xa0;:</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <source>No file was sent or received yet.</source>
        <translation>Aucun fichier n’a encore été envoyé ni reçu.</translation>
    </message>
    <message>
        <source>File sent to %1, export %2.</source>
        <translation>Fichier envoyé à %1, export %2.</translation>
    </message>
    <message>
        <source>File received from %1, export %2.</source>
        <translation>Fichier reçu de %1, export %2.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Full copy</source>
        <translation>Copie complète</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
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
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Hours per office</source>
        <translation>Heures par antenne</translation>
    </message>
    <message>
        <source>Hours per person</source>
        <translation>Heures par personne</translation>
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
    <name>IndicatorTexts</name>
    <message>
        <source>Active volunteers</source>
        <translation>Bénévoles actif·ves</translation>
    </message>
    <message>
        <source>Active staff members</source>
        <translation>Salarié·es actif·ves</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Partenaires actif·ves</translation>
    </message>
    <message>
        <source>%1 arrivals, %2 departures in the period</source>
        <translation>%1 arrivées, %2 départs sur la période</translation>
    </message>
    <message>
        <source>People active on the period&apos;s last day: arrived on or before that day (or no arrival date) and not yet left. Arrivals and departures: people whose arrival or departure date falls in the period.</source>
        <translation>Personnes actives le dernier jour de la période&#xa0;: arrivées ce jour-là ou avant (ou sans date d’arrivée) et pas encore parties. Arrivées et départs&#xa0;: personnes dont la date d’arrivée ou de départ tombe dans la période.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Active people</source>
        <translation>Personnes actives</translation>
    </message>
    <message>
        <source>Turnover (12 months)</source>
        <translation>Taux de rotation (12 mois)</translation>
    </message>
    <message>
        <source>%1 departures, average headcount %2</source>
        <translation>%1 départs, effectif moyen %2</translation>
    </message>
    <message>
        <source>Departures in the twelve months ending on the period&apos;s last day, divided by the average headcount: the mean of the active people twelve months earlier and on the last day.</source>
        <translation>Départs au cours des douze mois qui se terminent le dernier jour de la période, divisés par l’effectif moyen&#xa0;: la moyenne des personnes actives douze mois plus tôt et le dernier jour.</translation>
    </message>
    <message>
        <source>Median length of stay of leavers</source>
        <translation>Durée médiane de présence des partants</translation>
    </message>
    <message>
        <source>people who left in those twelve months</source>
        <translation>personnes parties au cours de ces douze mois</translation>
    </message>
    <message>
        <source>For the people who left in the twelve months ending on the period&apos;s last day, the median number of days from arrival to departure (people without an arrival date are left out).</source>
        <translation>Pour les personnes parties au cours des douze mois qui se terminent le dernier jour de la période, nombre médian de jours entre l’arrivée et le départ (les personnes sans date d’arrivée ne sont pas comptées).</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1&#xa0;jours</translation>
    </message>
    <message>
        <source>Onboarding (today)</source>
        <translation>Intégration (aujourd’hui)</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux d’achèvement</translation>
    </message>
    <message>
        <source>%1 of %2 checklists completed</source>
        <translation>%1 listes terminées sur %2</translation>
    </message>
    <message>
        <source>Onboarding checklists completed, divided by those started on or before today, for the people of the office.</source>
        <translation>Listes d’intégration terminées, divisées par celles commencées aujourd’hui ou avant, pour les personnes de l’antenne.</translation>
    </message>
    <message>
        <source>Median days to complete</source>
        <translation>Durée médiane pour terminer</translation>
    </message>
    <message>
        <source>The median number of days from the start to the completion of the completed onboarding checklists.</source>
        <translation>Nombre médian de jours entre le début et la fin des listes d’intégration terminées.</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>Étapes en retard</translation>
    </message>
    <message>
        <source>on %1 checklists</source>
        <translation>sur %1 listes</translation>
    </message>
    <message>
        <source>Onboarding steps not ticked whose due date is before today, on checklists not completed.</source>
        <translation>Étapes d’intégration non cochées dont l’échéance est dépassée, dans les listes non terminées.</translation>
    </message>
    <message>
        <source>Learning needs</source>
        <translation>Besoins de formation</translation>
    </message>
    <message>
        <source>Needs opened</source>
        <translation>Besoins ouverts</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>sur la période</translation>
    </message>
    <message>
        <source>Learning needs whose opening date falls in the period: the office&apos;s collective needs and its people&apos;s individual needs.</source>
        <translation>Besoins de formation dont la date d’ouverture tombe dans la période&#xa0;: besoins collectifs de l’antenne et besoins individuels des personnes qui en font partie.</translation>
    </message>
    <message>
        <source>Needs met</source>
        <translation>Besoins satisfaits</translation>
    </message>
    <message>
        <source>Needs marked met whose closing date falls in the period (a dropped need is not met).</source>
        <translation>Besoins marqués satisfaits dont la date de clôture tombe dans la période (un besoin abandonné n’est pas satisfait).</translation>
    </message>
    <message>
        <source>Needs still open</source>
        <translation>Besoins encore ouverts</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>Needs that today are neither met nor dropped: open, planned or in progress.</source>
        <translation>Besoins qui, aujourd’hui, ne sont ni satisfaits ni abandonnés&#xa0;: ouverts, planifiés ou en cours.</translation>
    </message>
    <message>
        <source>Key skills (today)</source>
        <translation>Compétences clés (aujourd’hui)</translation>
    </message>
    <message>
        <source>Key-skill coverage</source>
        <translation>Couverture des compétences clés</translation>
    </message>
    <message>
        <source>%1 of %2 key skills reach their target</source>
        <translation>%1 compétences clés sur %2 atteignent leur cible</translation>
    </message>
    <message>
        <source>The share of key skills whose target is reached. For each key skill with a target (for example 3 people at level 2), the active people whose current, unexpired level reaches the target level are counted.</source>
        <translation>Part des compétences clés dont la cible est atteinte. Pour chaque compétence clé qui a une cible (par exemple 3 personnes au niveau 2), on compte les personnes actives dont le niveau actuel, non expiré, atteint le niveau visé.</translation>
    </message>
    <message>
        <source>Single-holder skills</source>
        <translation>Compétences à détenteur unique</translation>
    </message>
    <message>
        <source>held by one person only</source>
        <translation>détenues par une seule personne</translation>
    </message>
    <message>
        <source>Skills that exactly one active person in the whole organisation holds; for an office, those whose only holder belongs to it. The knowledge leaves with them.</source>
        <translation>Compétences détenues par une seule personne active dans toute l’organisation&#xa0;; pour une antenne, celles dont l’unique détenteur en fait partie. Le savoir part avec ces personnes.</translation>
    </message>
    <message>
        <source>Knowledge sharing</source>
        <translation>Partage des savoirs</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Séances tenues</translation>
    </message>
    <message>
        <source>%1 per month on average</source>
        <translation>%1 par mois en moyenne</translation>
    </message>
    <message>
        <source>Sessions with status held starting in each month of the period (planned and cancelled sessions do not count); for an office, the sessions it organised.</source>
        <translation>Séances au statut «&#xa0;Tenue&#xa0;» qui commencent dans chaque mois de la période (les séances prévues ou annulées ne comptent pas)&#xa0;; pour une antenne, les séances qu’elle a organisées.</translation>
    </message>
    <message>
        <source>Participation rate (90 days)</source>
        <translation>Taux de participation (90 jours)</translation>
    </message>
    <message>
        <source>%1 of %2 active people on %3</source>
        <translation>%1 personnes actives sur %2 au %3</translation>
    </message>
    <message>
        <source>The share of active people marked present at one held session at least (of any office) in the 90 days ending on the period&apos;s last day. Invited but absent does not count.</source>
        <translation>Part des personnes actives marquées présentes à au moins une séance tenue (de n’importe quelle antenne) au cours des 90 jours qui se terminent le dernier jour de la période. Une personne invitée mais absente ne compte pas.</translation>
    </message>
    <message>
        <source>Feedback given in the period on the sessions: the number of answers and the mean usefulness and quality, from 1 to 5.</source>
        <translation>Retours donnés sur les séances pendant la période&#xa0;: nombre de réponses, utilité et qualité moyennes, de 1 à 5.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 réponses</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Satisfaction: usefulness</source>
        <translation>Satisfaction&#xa0;: utilité</translation>
    </message>
    <message>
        <source>Satisfaction: quality</source>
        <translation>Satisfaction&#xa0;: qualité</translation>
    </message>
    <message>
        <source>Learning gain</source>
        <translation>Progression des niveaux</translation>
    </message>
    <message>
        <source>%1 levels compared, %2 without an earlier level</source>
        <translation>%1 niveaux comparés, %2 sans niveau antérieur</translation>
    </message>
    <message>
        <source>Each skill level recorded after a session in the period is compared with the same person&apos;s level just before. The gain is the mean of the differences, in levels (+1 = one level up); levels with no earlier level are counted apart.</source>
        <translation>Chaque niveau de compétence enregistré après une séance de la période est comparé au niveau de la même personne juste avant. La progression est la moyenne des écarts, en niveaux (+1 = un niveau de plus)&#xa0;; les niveaux sans niveau antérieur sont comptés à part.</translation>
    </message>
    <message>
        <source>Application rate</source>
        <translation>Taux de mise en pratique</translation>
    </message>
    <message>
        <source>%1 of %2 follow-ups</source>
        <translation>%1 suivis sur %2</translation>
    </message>
    <message>
        <source>Among the follow-ups answered in the period, the share saying the learning was applied.</source>
        <translation>Parmi les suivis renseignés sur la période, part de ceux qui indiquent que les acquis ont été mis en pratique.</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation>%1&#xa0;niv.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Resources added</source>
        <translation>Ressources ajoutées</translation>
    </message>
    <message>
        <source>Documents and links recorded in each month of the period (date of recording); for an office, those recorded for it.</source>
        <translation>Documents et liens enregistrés dans chaque mois de la période (date d’enregistrement)&#xa0;; pour une antenne, ceux enregistrés pour elle.</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no resource added in the last three months (latest: %2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: aucune ressource ajoutée ces trois derniers mois (dernière&#xa0;: %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: participation has fallen two quarters in a row: %2 of active people (three-month periods ending %3).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: la participation a baissé deux trimestres de suite&#xa0;: %2 des personnes actives (périodes de trois mois se terminant le %3).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: fewer sessions held two quarters in a row: %2 sessions (three-month periods ending %3).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: moins de séances tenues deux trimestres de suite&#xa0;: %2 séances (périodes de trois mois se terminant le %3).</translation>
    </message>
    <message>
        <source>Reach out to the people: ask them what they expect and what keeps them away.</source>
        <translation>Allez vers les personnes&#xa0;: demandez-leur ce qu’elles attendent et ce qui les tient à l’écart.</translation>
    </message>
    <message>
        <source>Open People</source>
        <translation>Ouvrir «&#xa0;Personnes&#xa0;»</translation>
    </message>
    <message>
        <source>Plan sessions with the office, with hosts from the talent map.</source>
        <translation>Planifiez des séances avec l’antenne, animées par des personnes repérées dans la carte des talents.</translation>
    </message>
    <message>
        <source>Plan sessions</source>
        <translation>Planifier des séances</translation>
    </message>
    <message>
        <source>Call for resources: ask the hosts to share their materials.</source>
        <translation>Lancez un appel à ressources&#xa0;: demandez aux animateur·rices de partager leurs supports.</translation>
    </message>
    <message>
        <source>Open the library</source>
        <translation>Ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Participation (90 days)</source>
        <translation>Participation (90 jours)</translation>
    </message>
    <message>
        <source>No month in the period.</source>
        <translation>Aucun mois dans la période.</translation>
    </message>
    <message>
        <source>Holders (target reached)</source>
        <translation>Détenteurs (cible atteinte)</translation>
    </message>
    <message>
        <source>Holders (below target)</source>
        <translation>Détenteurs (sous la cible)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Active people at the target level</source>
        <translation>Personnes actives au niveau visé</translation>
    </message>
    <message>
        <source>No key skill with a target yet: mark skills as key in the skills catalogue.</source>
        <translation>Aucune compétence clé avec une cible pour l’instant&#xa0;: marquez des compétences comme clés dans le catalogue des compétences.</translation>
    </message>
    <message>
        <source>No office yet.</source>
        <translation>Aucune antenne pour l’instant.</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>Sans antenne</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Definition of %1</source>
        <translation>Définition de «&#xa0;%1&#xa0;»</translation>
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
    <message>
        <source>Inviting…</source>
        <translation>Invitation en cours…</translation>
    </message>
    <message>
        <source>Nobody was invited: something went wrong (details are in the log file).</source>
        <translation>Personne n’a été invité&#xa0;: quelque chose s’est mal passé (les détails sont dans le journal).</translation>
    </message>
    <message>
        <source>Cancelled: nobody was invited.</source>
        <translation>Annulé&#xa0;: personne n’a été invité.</translation>
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
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
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
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Go to the search box of the current tab</source>
        <translation>Aller au champ de recherche de l’onglet affiché</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Needs mapping</source>
        <translation>&amp;Cartographie des besoins</translation>
    </message>
    <message>
        <source>&amp;Onboarding</source>
        <translation>&amp;Intégration</translation>
    </message>
    <message>
        <source>&amp;Knowledge sharing</source>
        <translation>Partage des &amp;savoirs</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableaux de bord</translation>
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
        <source>Connect to a &amp;server…</source>
        <translation>Se connecter à un serve&amp;ur…</translation>
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
        <source>Bac&amp;kups…</source>
        <translation>Sau&amp;vegardes…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter un rapport…</translation>
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
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
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
        <source>About LearnOrg Desktop</source>
        <translation>À propos de LearnOrg Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LearnOrg Desktop %1&lt;/h3&gt;&lt;p&gt;An offline tool that helps small solidarity NGOs become learning organisations: who is involved and since when, what people need to learn, how newcomers are welcomed, and how knowledge is shared.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one database file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LearnOrg Desktop %1&lt;/h3&gt;&lt;p&gt;Un outil hors ligne qui aide les petites associations de solidarité à devenir des organisations apprenantes&#xa0;: qui est impliqué et depuis quand, ce que chacun a besoin d’apprendre, comment les nouveaux sont accueillis et comment les savoirs se partagent.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur, dans un seul fichier de base de données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Show the changes others have saved since</source>
        <translation>Afficher les modifications enregistrées depuis par les autres</translation>
    </message>
    <message>
        <source>Updated with changes made by others</source>
        <translation>Mis à jour avec les modifications faites par d’autres</translation>
    </message>
    <message>
        <source>Lists refreshed</source>
        <translation>Listes actualisées</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <source>Matching needs and people who can teach</source>
        <translation>Besoins et personnes qui peuvent transmettre</translation>
    </message>
    <message>
        <source>For each open need: the people inside the organisation who can teach it and are willing to, and the other people with the same need, who could learn together in one session.</source>
        <translation>Pour chaque besoin ouvert&#xa0;: les personnes de l’organisation qui peuvent transmettre la compétence et sont prêtes à le faire, et les autres personnes qui ont le même besoin et pourraient apprendre ensemble lors d’une même séance.</translation>
    </message>
    <message>
        <source>Plan a session…</source>
        <translation>Planifier une séance…</translation>
    </message>
    <message>
        <source>Match again</source>
        <translation>Relancer le rapprochement</translation>
    </message>
    <message>
        <source>Plan a session for this need, with the suggested host and the people with the same need invited.</source>
        <translation>Planifier une séance pour ce besoin, avec l’animateur·rice suggéré·e, en invitant les personnes qui ont le même besoin.</translation>
    </message>
    <message>
        <source>Matching needs with the people who can teach…</source>
        <translation>Rapprochement des besoins et des personnes qui peuvent transmettre…</translation>
    </message>
    <message>
        <source>Matching was cancelled: this list may be out of date.</source>
        <translation>Le rapprochement a été annulé&#xa0;: cette liste n’est peut-être plus à jour.</translation>
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
        <source>Skills matrix</source>
        <translation>Matrice des compétences</translation>
    </message>
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
        <source>Learning needs</source>
        <translation>Besoins de formation</translation>
    </message>
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
        <source>Open checklists</source>
        <translation>Listes en cours</translation>
    </message>
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
    <name>OutcomeCountsModel</name>
    <message>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
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
        <source>&amp;Follow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>Open this person&apos;s follow-up page: skills over time, needs, sessions, feedback and onboarding</source>
        <translation>Ouvrir la page de suivi de cette personne&#xa0;: évolution des compétences, besoins, séances, retours et intégration</translation>
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
        <source>Sensitive (health, personal situation…): shown only in this form, never in lists or reports. Write only what is needed.</source>
        <translation>Données sensibles (santé, situation personnelle…)&#xa0;: affichées uniquement dans ce formulaire, jamais dans les listes ni les rapports. N’écrivez que le nécessaire.</translation>
    </message>
    <message>
        <source>Save the person first.</source>
        <translation>Enregistrez d’abord la personne.</translation>
    </message>
    <message>
        <source>(no office)</source>
        <translation>(aucune antenne)</translation>
    </message>
    <message>
        <source>Recorded once the person is saved.</source>
        <translation>À saisir une fois la personne enregistrée.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun enregistré.</translation>
    </message>
    <message>
        <source>%1 given.</source>
        <translation>Donnés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 given, %2 withdrawn.</source>
        <translation>Donnés&#xa0;: %1, retirés&#xa0;: %2.</translation>
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
    <message>
        <source>&amp;Sensitive notes:</source>
        <translation>Notes &amp;sensibles&#xa0;:</translation>
    </message>
    <message>
        <source>Sensitive — shown only here, never in lists or reports.</source>
        <translation>Données sensibles — affichées uniquement ici, jamais dans les listes ni les rapports.</translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation>Consentements&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Consentements…</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Search a person…</source>
        <translation>Rechercher une personne…</translation>
    </message>
    <message>
        <source>Search a person</source>
        <translation>Rechercher une personne</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>PersonReview</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Expected by the role</source>
        <translation>Attendu pour le rôle</translation>
    </message>
    <message>
        <source>First level</source>
        <translation>Premier niveau</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Expired: this level no longer counts.</source>
        <translation>Expirée&#xa0;: ce niveau n’est plus pris en compte.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
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
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Mis en pratique</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Départ</translation>
    </message>
</context>
<context>
    <name>PersonSkillsView</name>
    <message>
        <source>Skill levels</source>
        <translation>Niveaux de compétence</translation>
    </message>
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
    <name>PersonView</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Write this follow-up as an Excel workbook for an annual review</source>
        <translation>Enregistrer ce suivi dans un classeur Excel pour l’entretien annuel</translation>
    </message>
    <message>
        <source>Skills over time</source>
        <translation>Évolution des compétences</translation>
    </message>
    <message>
        <source>Learning needs</source>
        <translation>Besoins de formation</translation>
    </message>
    <message>
        <source>Sessions attended and hosted</source>
        <translation>Séances suivies et animées</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>Retours donnés</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>No skill assessed, none expected by the role.</source>
        <translation>Aucune compétence évaluée, aucune attendue pour le rôle.</translation>
    </message>
    <message>
        <source>No learning need recorded.</source>
        <translation>Aucun besoin de formation enregistré.</translation>
    </message>
    <message>
        <source>No session attended or hosted.</source>
        <translation>Aucune séance suivie ni animée.</translation>
    </message>
    <message>
        <source>No feedback given.</source>
        <translation>Aucun retour donné.</translation>
    </message>
    <message>
        <source>No checklist.</source>
        <translation>Aucune liste.</translation>
    </message>
    <message>
        <source>Levels from 0 (none) to 4 (can teach)</source>
        <translation>Niveaux de 0 (aucun) à 4 (peut transmettre)</translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation>Choisissez une personne dans la liste.</translation>
    </message>
    <message>
        <source>No skill assessed yet.</source>
        <translation>Aucune compétence évaluée pour l’instant.</translation>
    </message>
    <message>
        <source>expected by the role</source>
        <translation>niveau attendu pour le rôle</translation>
    </message>
    <message>
        <source>Not drawn: %1 more</source>
        <translation>Non tracées&#xa0;: %1 de plus</translation>
    </message>
    <message>
        <source>arrived on %1</source>
        <translation>arrivé·e le %1</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>parti·e le %1</translation>
    </message>
    <message>
        <source>Learning: %1 h over the last 12 months (%2 h in all, %3 sessions).</source>
        <translation>Formation suivie&#xa0;: %1&#xa0;h sur les 12 derniers mois (%2&#xa0;h au total, %3 séances).</translation>
    </message>
    <message>
        <source>Hosting: %1 h over the last 12 months (%2 h in all, %3 sessions).</source>
        <translation>Animation&#xa0;: %1&#xa0;h sur les 12 derniers mois (%2&#xa0;h au total, %3 séances).</translation>
    </message>
    <message>
        <source>annual-review-%1.xlsx</source>
        <translation>entretien-annuel-%1.xlsx</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the annual review…</source>
        <translation>Écriture de l’entretien annuel…</translation>
    </message>
    <message>
        <source>Annual review written to %1</source>
        <translation>Entretien annuel enregistré dans %1</translation>
    </message>
    <message>
        <source>The workbook could not be written:
%1</source>
        <translation>Le classeur n’a pas pu être écrit&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Nothing has changed yet. A backup of the database is taken before the import.</source>
        <translation>Rien n’a encore été modifié. Une sauvegarde de la base de données est faite avant l’import.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>a full copy</source>
        <translation>une copie complète</translation>
    </message>
    <message>
        <source>the changes since the last file</source>
        <translation>les modifications depuis le dernier fichier</translation>
    </message>
    <message>
        <source>From the office %1, made on %2: %3.</source>
        <translation>Fichier de l’antenne %1, créé le %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The file was protected by a passphrase.</source>
        <translation>Le fichier était protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>This file was already imported: importing it again would change nothing.</source>
        <translation>Ce fichier a déjà été importé&#xa0;: l’importer de nouveau ne changerait rien.</translation>
    </message>
    <message>
        <source>1 record was changed both here and in the other office: this office&apos;s version is kept and you will choose afterwards.</source>
        <translation>1 fiche a été modifiée à la fois ici et dans l’autre antenne&#xa0;: la version de cette antenne est conservée et vous choisirez ensuite.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records were changed both here and in the other office: this office&apos;s version is kept and you will choose afterwards.</source>
        <translation>
            <numerusform>%Ln fiche a été modifiée à la fois ici et dans l’autre antenne&#xa0;: la version de cette antenne est conservée et vous choisirez ensuite.</numerusform>
            <numerusform>%Ln fiches ont été modifiées à la fois ici et dans l’autre antenne&#xa0;: la version de cette antenne est conservée et vous choisirez ensuite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Contact (e-mail, phone)</source>
        <translation>Contact (e-mail, téléphone)</translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation>Photos et vidéos</translation>
    </message>
    <message>
        <source>Sharing data with partners</source>
        <translation>Partage des données avec des partenaires</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&amp;Personal data</source>
        <translation>Données &amp;personnelles</translation>
    </message>
    <message>
        <source>&amp;Export personal data…</source>
        <translation>&amp;Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Everything held about this person, for a right-of-access request</source>
        <translation>Tout ce qui est conservé sur cette personne, pour une demande de droit d’accès</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymiser…</translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation>&amp;Revue des durées de conservation…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>Excel workbook and JSON (*.xlsx)</source>
        <translation>Classeur Excel et JSON (*.xlsx)</translation>
    </message>
    <message>
        <source>Personal data written to %1</source>
        <translation>Données personnelles enregistrées dans %1</translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation>Export des données personnelles</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Anonymised: now shown as %1.</source>
        <translation>Personne anonymisée&#xa0;: désormais affichée sous le nom %1.</translation>
    </message>
    <message>
        <source>%1 people anonymised.</source>
        <translation>Personnes anonymisées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Retention review recorded.</source>
        <translation>Revue des durées de conservation enregistrée.</translation>
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
    <name>ReceiveWizard</name>
    <message>
        <source>Receive a file</source>
        <translation>Recevoir un fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Ouverture du fichier…</translation>
    </message>
    <message>
        <source>This file cannot be received</source>
        <translation>Ce fichier ne peut pas être reçu</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed</source>
        <translation>L’import a échoué&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed. Details are in the log file.</source>
        <translation>Une erreur inattendue s’est produite&#xa0;; rien n’a été modifié. Les détails figurent dans le journal.</translation>
    </message>
</context>
<context>
    <name>RecentDatabasesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir une base &amp;récente</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>This file is not there any more (a drive or share that is not connected?)</source>
        <translation>Ce fichier n’est plus à cet emplacement (disque ou partage réseau non connecté&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>RecordCountsModel</name>
    <message>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Antenne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Depuis le début de l’année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>&amp;Anonymised (for sharing outside the organisation)</source>
        <translation>A&amp;nonymisé (pour un partage hors de l’organisation)</translation>
    </message>
    <message>
        <source>Names, e-mails, phone numbers, roles and comments are left out; people appear as numbered pseudonyms. The statistics stay the same.</source>
        <translation>Les noms, e-mails, numéros de téléphone, rôles et commentaires sont retirés&#xa0;; les personnes apparaissent sous des pseudonymes numérotés. Les statistiques restent identiques.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Where to save the workbook (.xlsx)</source>
        <translation>Où enregistrer le classeur (.xlsx)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose where to save the workbook.</source>
        <translation>Choisissez où enregistrer le classeur.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n’existe pas.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Exporting the report…</source>
        <translation>Export du rapport…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>The report was written to %1</source>
        <translation>Le rapport a été enregistré dans %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report could not be written; details are in the log file.</source>
        <translation>Le rapport n’a pas pu être écrit&#xa0;; les détails figurent dans le journal.</translation>
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
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>The file&apos;s changes are now in this database.</source>
        <translation>Les modifications du fichier sont maintenant dans cette base de données.</translation>
    </message>
    <message>
        <source>Open &amp;conflicts…</source>
        <translation>Ouvrir les &amp;conflits…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted, %4 unchanged.</source>
        <translation>Fiches nouvelles&#xa0;: %1, mises à jour&#xa0;: %2, supprimées&#xa0;: %3, inchangées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>A backup was taken before the import: %1</source>
        <translation>Une sauvegarde a été faite avant l’import&#xa0;: %1</translation>
    </message>
    <message>
        <source>No backup was taken before the import (a database on a server is backed up by its own tools).</source>
        <translation>Aucune sauvegarde n’a été faite avant l’import (une base de données sur un serveur se sauvegarde avec ses propres outils).</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Campaigns shown on the chart</source>
        <translation>Campagnes affichées sur le graphique</translation>
    </message>
    <message>
        <source>Scores per dimension</source>
        <translation>Scores par dimension</translation>
    </message>
    <message>
        <source>Radar chart: compare</source>
        <translation>Graphique radar&#xa0;: comparer</translation>
    </message>
    <message>
        <source>campaigns over time</source>
        <translation>les campagnes dans le temps</translation>
    </message>
    <message>
        <source>offices (this campaign)</source>
        <translation>les antennes (cette campagne)</translation>
    </message>
    <message>
        <source>respondent groups (this campaign)</source>
        <translation>les groupes de répondants (cette campagne)</translation>
    </message>
    <message>
        <source>Tick the campaigns to compare</source>
        <translation>Cochez les campagnes à comparer</translation>
    </message>
    <message>
        <source>Scores out of 100 per dimension</source>
        <translation>Scores sur 100 par dimension</translation>
    </message>
    <message>
        <source>Select a campaign to see its results.</source>
        <translation>Sélectionnez une campagne pour voir ses résultats.</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results of “%1”&lt;/b&gt; (%2 responses): scores out of 100, from 0 = strongly disagree to 100 = strongly agree; n = number of answers.</source>
        <translation>&lt;b&gt;Résultats de «&#xa0;%1&#xa0;»&lt;/b&gt; (%2 réponses)&#xa0;: scores sur 100, de 0 = pas du tout d’accord à 100 = tout à fait d’accord&#xa0;; n = nombre de réponses.</translation>
    </message>
    <message>
        <source>Every response of the campaign</source>
        <translation>Toutes les réponses de la campagne</translation>
    </message>
    <message>
        <source>Responses from this office</source>
        <translation>Réponses de cette antenne</translation>
    </message>
    <message>
        <source>Responses from this respondent group</source>
        <translation>Réponses de ce groupe de répondants</translation>
    </message>
    <message>
        <source>No office given</source>
        <translation>Antenne non précisée</translation>
    </message>
    <message>
        <source>Nothing to compare yet: tick campaigns, or wait for groups of at least 5 responses.</source>
        <translation>Rien à comparer pour l’instant&#xa0;: cochez des campagnes, ou attendez des groupes d’au moins 5 réponses.</translation>
    </message>
    <message>
        <source>Action plan: the two weakest dimensions (%1)</source>
        <translation>Plan d’action&#xa0;: les deux dimensions les plus faibles (%1)</translation>
    </message>
    <message>
        <source>No score to act on: results appear from 5 responses per group.</source>
        <translation>Aucun score sur lequel agir&#xa0;: les résultats apparaissent à partir de 5 réponses par groupe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2 out of 100</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2 sur 100</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à «&#xa0;%1&#xa0;»</translation>
    </message>
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
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Revue des durées de conservation</translation>
    </message>
    <message>
        <source>Personal data is kept only as long as it is needed. The people below left long ago: anonymise them (their identity is erased, the statistics stay) or keep them if there is a reason, then mark the review as done for this year.</source>
        <translation>Les données personnelles ne sont conservées que le temps nécessaire. Les personnes ci-dessous sont parties depuis longtemps&#xa0;: anonymisez-les (leur identité est effacée, les statistiques restent) ou conservez-les s’il y a une raison, puis marquez la revue comme faite pour cette année.</translation>
    </message>
    <message>
        <source>List people who left more than (&amp;years):</source>
        <translation>Personnes parties depuis plus de (&amp;années)&#xa0;:</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>A&amp;nonymise selected…</source>
        <translation>A&amp;nonymiser la sélection…</translation>
    </message>
    <message>
        <source>&amp;Mark review done</source>
        <translation>&amp;Marquer la revue comme faite</translation>
    </message>
    <message>
        <source>Last review: never.</source>
        <translation>Dernière revue&#xa0;: jamais.</translation>
    </message>
    <message>
        <source>Last review: %1.</source>
        <translation>Dernière revue&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Yearly review of personal data: 1 person left more than %1 years ago.</source>
        <translation>Revue annuelle des données personnelles&#xa0;: 1 personne est partie depuis plus de %1 ans.</translation>
    </message>
    <message numerus="yes">
        <source>Yearly review of personal data: %Ln people left more than %1 years ago.</source>
        <translation>
            <numerusform>Revue annuelle des données personnelles&#xa0;: %Ln personne est partie depuis plus de %1 ans.</numerusform>
            <numerusform>Revue annuelle des données personnelles&#xa0;: %Ln personnes sont parties depuis plus de %1 ans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Faire la revue maintenant</translation>
    </message>
    <message>
        <source>Remind me next time</source>
        <translation>Me le rappeler la prochaine fois</translation>
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
    <name>ScoresModel</name>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation>%1 réponses</translation>
    </message>
    <message>
        <source>1 response</source>
        <translation>1 réponse</translation>
    </message>
    <message>
        <source>Fewer than %1 responses: not shown, to keep the answers anonymous.</source>
        <translation>Moins de %1 réponses&#xa0;: non affiché, pour préserver l’anonymat des réponses.</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Nobody answered the statements of this dimension.</source>
        <translation>Personne n’a répondu aux affirmations de cette dimension.</translation>
    </message>
    <message>
        <source>%1 out of 100, from %2 answers</source>
        <translation>%1 sur 100, d’après %2 réponses</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Setting up the database on the server…</source>
        <translation>Préparation de la base de données sur le serveur…</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>The database could not be set up: %1</source>
        <translation>La base de données n’a pas pu être préparée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Several coordinators can share one PostgreSQL database. Ask its administrator for these details. The password is never written in a file.</source>
        <translation>Plusieurs coordinateur·rices peuvent partager une base de données PostgreSQL. Demandez ces informations à son administrateur·rice. Le mot de passe n’est jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur·rice&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. db.example.org or 192.168.1.20</source>
        <translation>par ex. db.exemple.org ou 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer: the password will be asked each time.</source>
        <translation>Aucun trousseau du système n’est disponible sur cet ordinateur&#xa0;: le mot de passe sera demandé à chaque fois.</translation>
    </message>
    <message>
        <source>Known: leave empty to use it</source>
        <translation>Connu&#xa0;: laissez vide pour l’utiliser</translation>
    </message>
    <message>
        <source>Type the server&apos;s address: its name or its IP address.</source>
        <translation>Saisissez l’adresse du serveur&#xa0;: son nom ou son adresse IP.</translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation>Saisissez le nom de la base de données sur le serveur.</translation>
    </message>
    <message>
        <source>Type your user name on the server.</source>
        <translation>Saisissez votre nom d’utilisateur·rice sur le serveur.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database %1 already holds another application&apos;s tables. Choose an empty database or one made by LearnOrg Desktop.</source>
        <translation>La base de données %1 contient déjà les tables d’une autre application. Choisissez une base vide ou une base créée par LearnOrg Desktop.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring; it will be asked again next time.</source>
        <translation>Le mot de passe n’a pas pu être gardé dans le trousseau du système&#xa0;; il sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>The database %1 is empty. Set it up for LearnOrg Desktop?</source>
        <translation>La base de données %1 est vide. La préparer pour LearnOrg Desktop&#xa0;?</translation>
    </message>
    <message>
        <source>The server asks for a password: type it in the Password field.</source>
        <translation>Le serveur demande un mot de passe&#xa0;: saisissez-le dans le champ Mot de passe.</translation>
    </message>
    <message>
        <source>The server refused this user name and password. Check them (capital letters count) and try again.</source>
        <translation>Le serveur a refusé ce nom d’utilisateur·rice et ce mot de passe. Vérifiez-les (les majuscules comptent) et réessayez.</translation>
    </message>
    <message>
        <source>The server has no database called %1. Check its name with the server&apos;s administrator.</source>
        <translation>Le serveur n’a pas de base de données nommée %1. Vérifiez son nom auprès de l’administrateur·rice du serveur.</translation>
    </message>
    <message>
        <source>The server knows no user called %2. Check the name with the server&apos;s administrator.</source>
        <translation>Le serveur ne connaît pas d’utilisateur·rice nommé·e %2. Vérifiez le nom auprès de l’administrateur·rice du serveur.</translation>
    </message>
    <message>
        <source>The server does not accept this user from this computer. Its administrator must allow it (in pg_hba.conf).</source>
        <translation>Le serveur n’accepte pas cet·te utilisateur·rice depuis cet ordinateur. Son administrateur·rice doit l’autoriser (dans pg_hba.conf).</translation>
    </message>
    <message>
        <source>No server answered at %3, port %4. Check the address and the port, that this computer is on the network, and that the server is running.</source>
        <translation>Aucun serveur n’a répondu à %3, port %4. Vérifiez l’adresse et le port, que cet ordinateur est bien sur le réseau et que le serveur fonctionne.</translation>
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
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
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
        <source>Checklist templates</source>
        <translation>Modèles de listes</translation>
    </message>
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
    <name>WarningsPanel</name>
    <message>
        <source>Early warning</source>
        <translation>Signaux d’alerte</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LearnOrg Desktop</source>
        <translation>Bienvenue dans LearnOrg Desktop</translation>
    </message>
    <message>
        <source>Everything your association records here stays on this computer, in one database file. Start with your office&apos;s own database, open one you already have, or look around in a demo association first.</source>
        <translation>Tout ce que votre association enregistre ici reste sur cet ordinateur, dans un seul fichier de base de données. Commencez par la base de données de votre antenne, ouvrez-en une que vous avez déjà, ou découvrez d’abord une association de démonstration.</translation>
    </message>
    <message>
        <source>Create an office database…</source>
        <translation>Créer la base de données d’une antenne…</translation>
    </message>
    <message>
        <source>A new, empty database for your office: headquarters or a field office.</source>
        <translation>Une nouvelle base de données, vide, pour votre antenne&#xa0;: le siège ou une antenne locale.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Ouvrir une base de données existante…</translation>
    </message>
    <message>
        <source>A database file made earlier, here or in another office.</source>
        <translation>Un fichier de base de données créé auparavant, ici ou dans une autre antenne.</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>A database shared by several coordinators on your organisation&apos;s PostgreSQL server.</source>
        <translation>Une base de données partagée par plusieurs coordinateur·rices, sur le serveur PostgreSQL de votre organisation.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démonstration</translation>
    </message>
    <message>
        <source>A made-up association with people, skills, sessions and indicators, to try everything without risk.</source>
        <translation>Une association fictive, avec des personnes, des compétences, des séances et des indicateurs, pour tout essayer sans risque.</translation>
    </message>
    <message>
        <source>Creating the demo association…</source>
        <translation>Création de l’association de démonstration…</translation>
    </message>
    <message>
        <source>The demo could not be created: %1</source>
        <translation>La démonstration n’a pas pu être créée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WindowUndo</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
</context>
<context>
    <name>_CountsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
