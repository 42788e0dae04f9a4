package org.smilefactory.ui.testing;

import java.util.ArrayList;
import java.util.List;
import org.smilefactory.ui.dialogs.DialogService;

/** Answers confirmations as told and records what was shown. */
public final class RecordingDialogs implements DialogService {

    public boolean answer = true;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String okLabel, String cancelLabel) {
        confirmations.add(title);
        return answer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
    }
}
