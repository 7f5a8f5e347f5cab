package org.rapport.ui.internal.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.AbstractFormPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.rapport.model.Contact;
import org.rapport.model.RapportPackage;
import org.rapport.model.Tier;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.Messages;

/**
 * The selected contact's fields. Typing marks the part dirty; leaving the field or pressing Enter applies the
 * text with a {@link SetCommand} (one undoable step per field edit). Saving applies what is still pending. Model
 * changes (undo, the Properties view) show up in the fields at once.
 */
public class ContactDetailsPart extends AbstractFormPart {

	private static final RapportPackage P = RapportPackage.eINSTANCE;

	private final PlanEditor editor;
	private final Section section;
	private final List<FeatureText> fields = new ArrayList<>();
	private final Combo tier;
	private final Label lastContact;
	private final Composite client;
	private final AdapterImpl contactListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch() && !client.isDisposed()) {
				refresh();
			}
		}
	};
	private Contact contact;
	private boolean updating;

	ContactDetailsPart(PlanEditor editor, FormToolkit toolkit, Composite parent) {
		this.editor = editor;
		section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(Messages.ContactDetails_section);
		section.setDescription(Messages.ContactDetails_noSelection);
		section.setData(UiIds.KEY, UiIds.CONTACTS_DETAILS);
		client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);

		field(toolkit, Messages.ContactDetails_firstName, P.getContact_FirstName(), UiIds.CONTACT_FIRST_NAME, SWT.SINGLE);
		field(toolkit, Messages.ContactDetails_lastName, P.getContact_LastName(), UiIds.CONTACT_LAST_NAME, SWT.SINGLE);
		field(toolkit, Messages.ContactDetails_organization, P.getContact_Organization(), UiIds.CONTACT_ORGANIZATION, SWT.SINGLE);
		field(toolkit, Messages.ContactDetails_position, P.getContact_Position(), UiIds.CONTACT_POSITION, SWT.SINGLE);
		field(toolkit, Messages.ContactDetails_location, P.getContact_Location(), UiIds.CONTACT_LOCATION, SWT.SINGLE);
		field(toolkit, Messages.ContactDetails_emails, P.getContact_Emails(), UiIds.CONTACT_EMAILS, SWT.SINGLE)
				.text.setToolTipText(Messages.ContactDetails_listHint);
		field(toolkit, Messages.ContactDetails_phones, P.getContact_Phones(), UiIds.CONTACT_PHONES, SWT.SINGLE)
				.text.setToolTipText(Messages.ContactDetails_listHint);

		toolkit.createLabel(client, Messages.ContactDetails_tier);
		tier = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(tier, true, false);
		tier.setData(UiIds.KEY, UiIds.CONTACT_TIER);
		for (Tier value : Tier.VALUES) {
			tier.add(RapportLabels.literal(value));
		}
		tier.addListener(SWT.Selection, e -> {
			if (!updating && contact != null && tier.getSelectionIndex() >= 0) {
				apply(P.getContact_Tier(), Tier.VALUES.get(tier.getSelectionIndex()));
			}
		});

		FeatureText notes = field(toolkit, Messages.ContactDetails_notes, P.getContact_Notes(), UiIds.CONTACT_NOTES,
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData notesData = new GridData(SWT.FILL, SWT.FILL, true, true);
		notesData.heightHint = 80;
		notesData.widthHint = 150;
		notes.text.setLayoutData(notesData);
		((GridData) notes.label.getLayoutData()).verticalAlignment = SWT.TOP;

		toolkit.createLabel(client, Messages.ContactDetails_lastContact);
		lastContact = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		lastContact.setData(UiIds.KEY, UiIds.CONTACT_LAST_CONTACT);
		lastContact.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		refresh();
	}

	private FeatureText field(FormToolkit toolkit, String label, EAttribute feature, String id, int style) {
		Label name = toolkit.createLabel(client, label);
		name.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		Text text = toolkit.createText(client, "", style | SWT.BORDER); //$NON-NLS-1$
		text.setData(UiIds.KEY, id);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 150;
		text.setLayoutData(data);
		FeatureText field = new FeatureText(name, text, feature);
		fields.add(field);
		return field;
	}

	/** Shows another contact (or none); what was typed for the previous one is applied first. */
	void setContact(Contact newContact) {
		if (contact == newContact) {
			return;
		}
		commit(false);
		if (contact != null) {
			contact.eAdapters().remove(contactListener);
		}
		contact = newContact;
		if (contact != null) {
			contact.eAdapters().add(contactListener);
		}
		refresh();
	}

	@Override
	public void refresh() {
		if (client.isDisposed()) {
			return;
		}
		updating = true;
		try {
			boolean enabled = contact != null;
			section.setDescription(enabled ? RapportLabels.contact(contact) : Messages.ContactDetails_noSelection);
			for (FeatureText field : fields) {
				field.text.setEnabled(enabled);
				if (!field.pending) {
					field.show();
				}
			}
			tier.setEnabled(enabled);
			tier.select(enabled && contact.getTier() != null ? contact.getTier().getValue() : -1);
			lastContact.setText(enabled ? lastContactText(contact) : ""); //$NON-NLS-1$
			section.layout(true, true);
		} finally {
			updating = false;
		}
		super.refresh();
	}

	private static String lastContactText(Contact contact) {
		int days = contact.getDaysSinceContact();
		if (days < 0) {
			return Messages.ContactDetails_neverContacted;
		}
		return NLS.bind(Messages.ContactDetails_lastContactDays, RapportLabels.date(contact.getLastContact()), days);
	}

	@Override
	public void commit(boolean onSave) {
		for (FeatureText field : fields) {
			field.apply();
		}
		super.commit(onSave);
		if (getManagedForm() != null) {
			getManagedForm().dirtyStateChanged();
		}
	}

	void focusFirstName() {
		Text first = fields.get(0).text;
		first.setFocus();
		first.selectAll();
	}

	private void apply(EAttribute feature, Object value) {
		Object current = contact.eGet(feature);
		if (Objects.equals(current, value) || isEmpty(current) && isEmpty(value)) {
			return;
		}
		EditingDomain domain = editor.getEditingDomain();
		Command command = SetCommand.create(domain, contact, feature, value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private static boolean isEmpty(Object value) {
		return value == null || value instanceof String s && s.isEmpty() || value instanceof Collection<?> c && c.isEmpty();
	}

	/** A text field bound to one attribute of the contact (a list attribute is edited as comma-separated text). */
	private final class FeatureText {

		final Label label;
		final Text text;
		final EAttribute feature;
		boolean pending;

		FeatureText(Label label, Text text, EAttribute feature) {
			this.label = label;
			this.text = text;
			this.feature = feature;
			text.addModifyListener(e -> {
				if (!updating && contact != null) {
					pending = true;
					markDirty();
				}
			});
			text.addListener(SWT.FocusOut, e -> commit(false));
			if ((text.getStyle() & SWT.MULTI) == 0) {
				text.addListener(SWT.DefaultSelection, e -> commit(false));
			}
		}

		void show() {
			Object value = contact == null ? null : contact.eGet(feature);
			String shown;
			if (value instanceof Collection<?> values) {
				shown = String.join(", ", values.stream().map(String::valueOf).toList()); //$NON-NLS-1$
			} else {
				shown = value == null ? "" : value.toString(); //$NON-NLS-1$
			}
			if (!shown.equals(text.getText())) {
				text.setText(shown);
			}
		}

		void apply() {
			if (!pending) {
				return;
			}
			pending = false;
			if (contact == null || text.isDisposed()) {
				return;
			}
			String typed = text.getText();
			Object value;
			if (feature.isMany()) {
				List<String> values = new ArrayList<>();
				for (String part : typed.split("[,;]")) { //$NON-NLS-1$
					if (!part.isBlank()) {
						values.add(part.strip());
					}
				}
				value = values;
			} else {
				value = typed;
			}
			apply(feature, value);
		}

		private void apply(EAttribute attribute, Object value) {
			ContactDetailsPart.this.apply(attribute, value);
		}
	}

	Control getControl() {
		return section;
	}
}
