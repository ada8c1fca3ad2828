# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(460, 700)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(PersonDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PersonDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.lastLabel = QLabel(PersonDialog)
        self.lastLabel.setObjectName(u"lastLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.lastNameEdit = QLineEdit(PersonDialog)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(120)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.firstLabel = QLabel(PersonDialog)
        self.firstLabel.setObjectName(u"firstLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstNameEdit = QLineEdit(PersonDialog)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(120)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)
        self.emailEdit.setPlaceholderText(u"name@example.org")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.officeLabel = QLabel(PersonDialog)
        self.officeLabel.setObjectName(u"officeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeCombo = QComboBox(PersonDialog)
        self.officeCombo.setObjectName(u"officeCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.officeCombo)

        self.roleLabel = QLabel(PersonDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PersonDialog)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setEditable(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.arrivalLabel = QLabel(PersonDialog)
        self.arrivalLabel.setObjectName(u"arrivalLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.arrivalLabel)

        self.arrivalLayout = QHBoxLayout()
        self.arrivalLayout.setObjectName(u"arrivalLayout")
        self.arrivalCheck = QCheckBox(PersonDialog)
        self.arrivalCheck.setObjectName(u"arrivalCheck")

        self.arrivalLayout.addWidget(self.arrivalCheck)

        self.arrivalDateEdit = QDateEdit(PersonDialog)
        self.arrivalDateEdit.setObjectName(u"arrivalDateEdit")
        self.arrivalDateEdit.setEnabled(False)
        self.arrivalDateEdit.setCalendarPopup(True)

        self.arrivalLayout.addWidget(self.arrivalDateEdit)

        self.arrivalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.arrivalLayout.addItem(self.arrivalSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.arrivalLayout)

        self.departureLabel = QLabel(PersonDialog)
        self.departureLabel.setObjectName(u"departureLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.departureLabel)

        self.departureLayout = QHBoxLayout()
        self.departureLayout.setObjectName(u"departureLayout")
        self.departureCheck = QCheckBox(PersonDialog)
        self.departureCheck.setObjectName(u"departureCheck")

        self.departureLayout.addWidget(self.departureCheck)

        self.departureDateEdit = QDateEdit(PersonDialog)
        self.departureDateEdit.setObjectName(u"departureDateEdit")
        self.departureDateEdit.setEnabled(False)
        self.departureDateEdit.setCalendarPopup(True)

        self.departureLayout.addWidget(self.departureDateEdit)

        self.departureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.departureLayout.addItem(self.departureSpacer)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.departureLayout)

        self.reasonLabel = QLabel(PersonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.departureReasonEdit = QLineEdit(PersonDialog)
        self.departureReasonEdit.setObjectName(u"departureReasonEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.departureReasonEdit)

        self.languagesLabel = QLabel(PersonDialog)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesEdit = QLineEdit(PersonDialog)
        self.languagesEdit.setObjectName(u"languagesEdit")
        self.languagesEdit.setMaxLength(200)
        self.languagesEdit.setPlaceholderText(u"fr, en, ar")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.languagesEdit)

        self.notesLabel = QLabel(PersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PersonDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.sensitiveLabel = QLabel(PersonDialog)
        self.sensitiveLabel.setObjectName(u"sensitiveLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.sensitiveLabel)

        self.sensitiveNotesEdit = QPlainTextEdit(PersonDialog)
        self.sensitiveNotesEdit.setObjectName(u"sensitiveNotesEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.sensitiveNotesEdit)

        self.sensitiveHint = QLabel(PersonDialog)
        self.sensitiveHint.setObjectName(u"sensitiveHint")
        self.sensitiveHint.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.sensitiveHint)

        self.consentsLabel = QLabel(PersonDialog)
        self.consentsLabel.setObjectName(u"consentsLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.consentsLabel)

        self.consentsLayout = QHBoxLayout()
        self.consentsLayout.setObjectName(u"consentsLayout")
        self.consentsSummary = QLabel(PersonDialog)
        self.consentsSummary.setObjectName(u"consentsSummary")
        self.consentsSummary.setWordWrap(True)

        self.consentsLayout.addWidget(self.consentsSummary)

        self.consentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentsLayout.addItem(self.consentsSpacer)

        self.consentsButton = QPushButton(PersonDialog)
        self.consentsButton.setObjectName(u"consentsButton")

        self.consentsLayout.addWidget(self.consentsButton)


        self.formLayout.setLayout(14, QFormLayout.ItemRole.FieldRole, self.consentsLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.lastLabel.setBuddy(self.lastNameEdit)
        self.firstLabel.setBuddy(self.firstNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.officeLabel.setBuddy(self.officeCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.arrivalLabel.setBuddy(self.arrivalCheck)
        self.departureLabel.setBuddy(self.departureCheck)
        self.reasonLabel.setBuddy(self.departureReasonEdit)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.sensitiveLabel.setBuddy(self.sensitiveNotesEdit)
        self.consentsLabel.setBuddy(self.consentsButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.officeCombo)
        QWidget.setTabOrder(self.officeCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.arrivalCheck)
        QWidget.setTabOrder(self.arrivalCheck, self.arrivalDateEdit)
        QWidget.setTabOrder(self.arrivalDateEdit, self.departureCheck)
        QWidget.setTabOrder(self.departureCheck, self.departureDateEdit)
        QWidget.setTabOrder(self.departureDateEdit, self.departureReasonEdit)
        QWidget.setTabOrder(self.departureReasonEdit, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.sensitiveNotesEdit)
        QWidget.setTabOrder(self.sensitiveNotesEdit, self.consentsButton)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.kindLabel.setText(QCoreApplication.translate("PersonDialog", u"&Kind:", None))
        self.lastLabel.setText(QCoreApplication.translate("PersonDialog", u"&Last name:", None))
        self.firstLabel.setText(QCoreApplication.translate("PersonDialog", u"&First name:", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&E-mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phone:", None))
        self.officeLabel.setText(QCoreApplication.translate("PersonDialog", u"&Office:", None))
        self.roleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Role:", None))
        self.arrivalLabel.setText(QCoreApplication.translate("PersonDialog", u"&Arrival date:", None))
        self.arrivalCheck.setText(QCoreApplication.translate("PersonDialog", u"Known", None))
        self.departureLabel.setText(QCoreApplication.translate("PersonDialog", u"&Departure date:", None))
        self.departureCheck.setText(QCoreApplication.translate("PersonDialog", u"Known", None))
        self.reasonLabel.setText(QCoreApplication.translate("PersonDialog", u"Departure &reason:", None))
        self.languagesLabel.setText(QCoreApplication.translate("PersonDialog", u"Lan&guages:", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"&Notes:", None))
        self.sensitiveLabel.setText(QCoreApplication.translate("PersonDialog", u"&Sensitive notes:", None))
        self.sensitiveHint.setText(QCoreApplication.translate("PersonDialog", u"Sensitive \u2014 shown only here, never in lists or reports.", None))
        self.consentsLabel.setText(QCoreApplication.translate("PersonDialog", u"Consents:", None))
        self.consentsButton.setText(QCoreApplication.translate("PersonDialog", u"&Consents\u2026", None))
    # retranslateUi

