"""File > Connect to a server: host, port, database, user and password, tried off the UI thread before OK closes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QMessageBox, QSpinBox, QWidget

from learnorg_desktop.gui.dialogs.dialog_parts import error_line, ok_cancel
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.storage.credentials import DEFAULT_PORT, PASSWORDS, ServerAddress, keyring_available
from learnorg_desktop.storage.server_errors import ServerProblem
from learnorg_desktop.storage.server_probe import DatabaseState, ServerRefusedError, probe

translate = QCoreApplication.translate  # module-level texts: lupdate reads translate("ServerDialog", "…")


class ServerDialog(QDialog):
    """Asks where the shared database is; OK tries the connection and closes only once it works.

    After `exec()` returns Accepted, `address()` is reachable with the password now known for this run
    (and in the keyring if asked), and `state` says whether the database still needs setting up.
    """

    def __init__(self, parent: QWidget | None = None, address: ServerAddress | None = None) -> None:
        super().__init__(parent)
        self.state: DatabaseState | None = None
        self.task: Task | None = None
        self.busy = False  # a connection is being tried
        self.host_edit, self.database_edit, self.user_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.remember_check = QCheckBox()
        self.keyring = keyring_available()
        self.remember_check.setEnabled(self.keyring)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self.try_connect)
        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout(self)
        form.addRow(self.explanation)
        edits = (self.host_edit, self.port_spin, self.database_edit, self.user_edit, self.password_edit)
        for label, edit in zip(self._labels, edits, strict=True):
            label.setBuddy(edit)
            form.addRow(label, edit)
        form.addRow(self.remember_check)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.setMinimumWidth(460)
        if address is not None:
            self.fill(address)
        self.retranslate()

    def fill(self, address: ServerAddress) -> None:
        self.host_edit.setText(address.host)
        self.port_spin.setValue(address.port)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user)
        self.password_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to a server"))
        self.explanation.setText(self.tr(
            "Several coordinators can share one PostgreSQL database. Ask its administrator for these details. "
            "The password is never written in a file."))
        for label, text in zip(self._labels, (self.tr("&Server:"), self.tr("&Port:"), self.tr("&Database:"),
                                              self.tr("&User:"), self.tr("Pass&word:")), strict=True):
            label.setText(text)
        self.host_edit.setPlaceholderText(self.tr("e.g. db.example.org or 192.168.1.20"))
        self.remember_check.setText(self.tr("&Remember the password in the system keyring"))
        self.remember_check.setToolTip("" if self.keyring else self.tr(
            "No system keyring is available on this computer: the password will be asked each time."))
        self._password_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _password_hint(self) -> None:
        address = self._typed_address()
        known = address is not None and PASSWORDS.knows(address)
        self.password_edit.setPlaceholderText(self.tr("Known: leave empty to use it") if known else "")

    def _typed_address(self) -> ServerAddress | None:
        parts = (self.host_edit.text().strip(), self.database_edit.text().strip(), self.user_edit.text().strip())
        if not all(parts):
            return None
        return ServerAddress(host=parts[0], database=parts[1], user=parts[2], port=self.port_spin.value())

    def address(self) -> ServerAddress:
        address = self._typed_address()
        assert address is not None, "address() before the fields were checked"
        return address

    def missing_field(self) -> str | None:
        """What the user must still type, or None when every needed field is there."""
        if not self.host_edit.text().strip():
            self.host_edit.setFocus()
            return self.tr("Type the server's address: its name or its IP address.")
        if not self.database_edit.text().strip():
            self.database_edit.setFocus()
            return self.tr("Type the name of the database on the server.")
        if not self.user_edit.text().strip():
            self.user_edit.setFocus()
            return self.tr("Type your user name on the server.")
        return None

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- trying the connection -----------------------------------------------------------------------
    def try_connect(self) -> None:
        """OK: check the fields, then connect in the background (a wrong host may take seconds to time out)."""
        missing = self.missing_field()
        if missing is not None:
            self.show_error(missing)
            return
        self.error_label.hide()
        address, password = self.address(), self.password_edit.text() or None
        self.buttons.setEnabled(False)
        self.busy = True
        self.task = run_with_progress(self, self.tr("Connecting to the server…"), lambda _p: probe(address, password),
                                      self._connected, self._failed, self._cancelled)

    def _cancelled(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._cancelled()
        self.show_failure(error)

    def show_failure(self, error: BaseException) -> None:
        """Why the connection failed, in plain words (the server's own message on a second line)."""
        if isinstance(error, ServerRefusedError):
            text = problem_text(error.problem, self.address())
            self.show_error(text + "\n" + self.tr("The server said: %1").replace("%1", error.detail))
        else:  # a bug or a driver surprise: logged by the task with its traceback, shown here in one line
            self.show_error(self.tr("The connection failed: %1").replace("%1", str(error) or type(error).__name__))
        if error_needs_password(error):
            self.password_edit.setFocus()
            self.password_edit.selectAll()

    def _connected(self, state: DatabaseState) -> None:
        self._cancelled()
        address = self.address()
        if state is DatabaseState.FOREIGN:
            self.show_error(self.tr("The database %1 already holds another application's tables. Choose an empty "
                                    "database or one made by LearnOrg Desktop.").replace("%1", address.database))
            return
        if state is DatabaseState.EMPTY and not confirm_setup(self, address):
            return
        self._keep_password(address)
        self.state = state
        self.accept()

    def _keep_password(self, address: ServerAddress) -> None:
        password = self.password_edit.text() or PASSWORDS.password(address)
        if not password:
            return  # libpq found it (PGPASSWORD, ~/.pgpass) or the server asks for none
        PASSWORDS.remember(address, password)
        if self.remember_check.isChecked() and not PASSWORDS.save_in_keyring(address, password):
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The password could not be kept in the system keyring; it will be asked again next time."))


def error_needs_password(error: BaseException) -> bool:
    return isinstance(error, ServerRefusedError) and error.problem in (ServerProblem.PASSWORD_NEEDED,
                                                                       ServerProblem.WRONG_PASSWORD)


def confirm_setup(parent: QWidget, address: ServerAddress) -> bool:
    """Ask before creating LearnOrg's tables in an empty server database."""
    answer = QMessageBox.question(parent, translate("ServerDialog", "Connect to a server"), translate(
        "ServerDialog", "The database %1 is empty. Set it up for LearnOrg Desktop?").replace("%1", address.label()))
    return answer == QMessageBox.StandardButton.Yes


def problem_text(problem: ServerProblem, address: ServerAddress) -> str:
    """One plain sentence per refusal; the server's own message goes on a second line."""
    texts = {
        ServerProblem.PASSWORD_NEEDED: translate(
            "ServerDialog", "The server asks for a password: type it in the Password field."),
        ServerProblem.WRONG_PASSWORD: translate(
            "ServerDialog", "The server refused this user name and password. Check them (capital letters count) "
            "and try again."),
        ServerProblem.NO_DATABASE: translate(
            "ServerDialog", "The server has no database called %1. Check its name with the server's administrator."),
        ServerProblem.NO_USER: translate(
            "ServerDialog", "The server knows no user called %2. Check the name with the server's administrator."),
        ServerProblem.NOT_ALLOWED: translate(
            "ServerDialog", "The server does not accept this user from this computer. Its administrator must "
            "allow it (in pg_hba.conf)."),
        ServerProblem.UNREACHABLE: translate(
            "ServerDialog", "No server answered at %3, port %4. Check the address and the port, that this computer "
            "is on the network, and that the server is running."),
    }
    return (texts[problem].replace("%1", address.database).replace("%2", address.user)
            .replace("%3", address.host).replace("%4", str(address.port)))
