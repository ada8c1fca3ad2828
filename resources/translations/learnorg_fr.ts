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
</context>
<context>
    <name>Errors</name>
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
        <source>Arrival date</source>
        <translation>Date d’arrivée</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Date de départ</translation>
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
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
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
        <source>Needs mapping is coming in a later version</source>
        <translation>La cartographie des besoins arrive dans une prochaine version</translation>
    </message>
    <message>
        <source>Here you will record each person&apos;s learning wishes, the career needs anticipated with managers and the skills the organisation needs, with skill levels and who can teach what. Gaps and skills held by a single person will stand out, so that training can be planned for both the people and the organisation.</source>
        <translation>Vous y noterez les souhaits de formation de chaque personne, les besoins d’évolution anticipés avec les responsables et les compétences clés dont l’organisation a besoin, avec les niveaux et qui peut transmettre quoi. Les manques et les compétences détenues par une seule personne apparaîtront clairement, pour bâtir des formations adaptées aux personnes comme à l’organisation.</translation>
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
        <source>Knowledge-sharing sessions are coming in a later version</source>
        <translation>Les séances de partage des savoirs arrivent dans une prochaine version</translation>
    </message>
    <message>
        <source>You will plan peer exchanges, workshops, communities of practice and blended sessions, choose hosts from the people who can teach a skill, and record attendance and feedback.</source>
        <translation>Vous planifierez des échanges entre pairs, des ateliers, des communautés de pratique et des formations mixtes, choisirez les animateurs parmi les personnes capables de transmettre une compétence, et noterez présences et retours.</translation>
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
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
