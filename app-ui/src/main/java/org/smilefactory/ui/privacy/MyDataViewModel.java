package org.smilefactory.ui.privacy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.privacy.ErasureRequest;
import org.smilefactory.core.api.privacy.ErasureStatus;
import org.smilefactory.core.api.privacy.PrivacyService;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The signed-in member's own data (decision 0018): "Export my data" to a file they choose, with
 * progress, and "Delete my account" — a request staff confirm — after a confirmation that says what
 * happens; a pending request can be withdrawn.
 */
public final class MyDataViewModel {

    private final PrivacyService privacy;
    private final UUID me;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final DialogService dialogs;

    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final StringProperty progress = new SimpleStringProperty("");
    private final ObjectProperty<ErasureRequest> request = new SimpleObjectProperty<>();
    private final BooleanBinding pending;

    public MyDataViewModel(PrivacyService privacy, UUID me, TaskExecutor executor, Localization l10n, DialogService dialogs) {
        this.privacy = Objects.requireNonNull(privacy);
        this.me = Objects.requireNonNull(me);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.pending = Bindings.createBooleanBinding(
                () -> request.get() != null && request.get().status() == ErasureStatus.PENDING, request);
    }

    /** Loads the member's latest erasure request (what the menu offers depends on it). */
    public void refresh() {
        BackgroundTask.wrap(() -> privacy.myErasureRequest().orElse(null))
                .onSuccess(request::set)
                .onFailure(error -> Errors.log(error))
                .executeWith(executor);
    }

    /** The file name the save dialog proposes. */
    public String suggestedFileName() {
        return "smilefactory-my-data-" + java.time.LocalDate.now() + ".zip";
    }

    /**
     * Writes the archive to {@code file} in the background, reporting how much is written. A failed
     * export leaves no half-written file behind.
     */
    public void exportTo(Path file) {
        if (file == null || exporting.get()) {
            return;
        }
        BackgroundTask.wrapWithContext(context -> {
            try (OutputStream out = new Counting(Files.newOutputStream(file),
                    bytes -> context.progress(-1, l10n.format("privacy.export.progress", bytes / 1024)))) {
                privacy.export(me, out);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        })
                .onRunning(() -> {
                    exporting.set(true);
                    progress.set(l10n.get("privacy.export.starting"));
                })
                .onProgress(p -> progress.set(p.message()))
                .onSuccess(done -> dialogs.notify(l10n.format("privacy.export.done", done.getFileName())))
                .onFailure(error -> dialogs.showError(l10n.get("privacy.export.failed"), Errors.messageOf(error, l10n)))
                .onFinished(() -> {
                    exporting.set(false);
                    progress.set("");
                })
                .executeWith(executor);
    }

    /** Asks to be erased, after saying plainly what will happen. */
    public void requestErasure() {
        if (pending.get() || working.get()) {
            return;
        }
        if (!dialogs.confirm(l10n.get("privacy.erase.confirm.title"), l10n.get("privacy.erase.confirm.message"),
                l10n.get("privacy.erase.confirm.ok"), l10n.get("privacy.erase.confirm.cancel"))) {
            return;
        }
        BackgroundTask.wrap(() -> privacy.requestErasure(null))
                .onRunning(() -> working.set(true))
                .onSuccess(made -> {
                    request.set(made);
                    dialogs.notify(l10n.get("privacy.erase.requested"));
                })
                .onFailure(error -> dialogs.showError(l10n.get("privacy.erase.failed"), Errors.messageOf(error, l10n)))
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    /** Withdraws a pending request. */
    public void withdraw() {
        if (!pending.get() || working.get()) {
            return;
        }
        BackgroundTask.wrap(privacy::withdrawErasureRequest)
                .onRunning(() -> working.set(true))
                .onSuccess(withdrawn -> {
                    request.set(withdrawn);
                    dialogs.notify(l10n.get("privacy.erase.withdrawn"));
                })
                .onFailure(error -> dialogs.showError(l10n.get("privacy.erase.failed"), Errors.messageOf(error, l10n)))
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<ErasureRequest> requestProperty() {
        return request;
    }

    /** True while the member's erasure request waits for staff. */
    public BooleanBinding pendingProperty() {
        return pending;
    }

    /** Counts bytes on their way to the file and reports every 256 KB (and at the end). */
    private static final class Counting extends FilterOutputStream {
        private final java.util.function.LongConsumer report;
        private long written;
        private long reported;

        Counting(OutputStream out, java.util.function.LongConsumer report) {
            super(out);
            this.report = report;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
            if (written - reported >= 256 * 1024) {
                reported = written;
                report.accept(written);
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void close() throws IOException {
            report.accept(written);
            super.close();
        }
    }
}
