package org.rapport.ui.internal.editors.contacts;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.internal.interaction.Reach;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.ui.internal.views.contacts.OverdueText;

/**
 * Everything a user edits on a contact, grouped: the person, how to reach them, the relationship (tier, cadence,
 * audiences, what you share), how you met (the opportunity, who introduced you; a chooser, as there may be
 * thousands of contacts) and notes; then what the plan derives (last contact, give and take, overdue follow-ups)
 * and, for an imported contact, where it came from.
 */
public final class ContactDetails extends ElementDetailsPage {

	public ContactDetails(PlanEditor editor) {
		super(editor, Messages.ContactDetails_section, UiIds.CONTACTS_DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.heading(Messages.ContactDetails_groupPerson);
		fields.text(Messages.ContactDetails_firstName, p.getContact_FirstName(), UiIds.CONTACT_FIRST_NAME);
		fields.text(Messages.ContactDetails_lastName, p.getContact_LastName(), UiIds.CONTACT_LAST_NAME);
		fields.text(Messages.ContactDetails_organization, p.getContact_Organization(), UiIds.CONTACT_ORGANIZATION);
		fields.text(Messages.ContactDetails_position, p.getContact_Position(), UiIds.CONTACT_POSITION);
		fields.text(Messages.ContactDetails_location, p.getContact_Location(), UiIds.CONTACT_LOCATION);

		fields.heading(Messages.ContactDetails_groupReach);
		fields.list(Messages.ContactDetails_emails, p.getContact_Emails(), UiIds.CONTACT_EMAILS);
		fields.list(Messages.ContactDetails_phones, p.getContact_Phones(), UiIds.CONTACT_PHONES);
		fields.list(Messages.ContactDetails_profileUrls, p.getContact_ProfileUrls(), ContactIds.PROFILE_URLS);
		fields.links(Messages.ContactDetails_reach, ContactIds.REACH, c -> reachMarkup((Contact) c), (c, href) -> Reach.open(
				switch (href) {
				case HREF_EMAIL -> Reach.mailto(Reach.emails(List.of((Contact) c)));
				case HREF_CALL -> Reach.tel((Contact) c);
				default -> Reach.profile((Contact) c);
				}));

		fields.heading(Messages.ContactDetails_groupRelationship);
		fields.choice(Messages.ContactDetails_tier, p.getContact_Tier(), UiIds.CONTACT_TIER);
		fields.choice(Messages.ContactDetails_status, p.getContact_Status(), ContactIds.STATUS);
		fields.number(Messages.ContactDetails_cadence, p.getContact_CadenceDays(), ContactIds.CADENCE);
		fields.derived(Messages.ContactDetails_effectiveCadence, ContactIds.EFFECTIVE_CADENCE,
				c -> cadenceText((Contact) c));
		fields.references(Messages.ContactDetails_audiences, p.getContact_Audiences(), ContactIds.AUDIENCES,
				() -> plan().getAudiences(), getEditor()::select);
		fields.list(Messages.ContactDetails_tags, p.getContact_Tags(), ContactIds.TAGS);
		fields.list(Messages.ContactDetails_sharedInterests, p.getContact_SharedInterests(), ContactIds.SHARED_INTERESTS);
		fields.list(Messages.ContactDetails_sharedValues, p.getContact_SharedValues(), ContactIds.SHARED_VALUES);

		fields.heading(Messages.ContactDetails_groupOrigin);
		fields.text(Messages.ContactDetails_howMet, p.getContact_HowMet(), ContactIds.HOW_MET);
		fields.reference(Messages.ContactDetails_metAt, p.getContact_MetAt(), ContactIds.MET_AT,
				() -> plan().getOpportunities());
		fields.chosenReference(Messages.ContactDetails_introducedBy, p.getContact_IntroducedBy(), ContactIds.INTRODUCED_BY,
				() -> plan().getContacts());
		fields.derivedIfSet(Messages.ContactDetails_provenance, ContactIds.PROVENANCE,
				c -> ((Contact) c).getProvenance());
		fields.multiLineText(Messages.ContactDetails_notes, p.getContact_Notes(), UiIds.CONTACT_NOTES, 4);

		fields.heading(Messages.ContactDetails_groupActivity);
		fields.derived(Messages.ContactDetails_lastContact, UiIds.CONTACT_LAST_CONTACT,
				c -> lastContactText((Contact) c));
		fields.derived(Messages.ContactDetails_balance, ContactIds.BALANCE, c -> balanceText((Contact) c));
		fields.derived(Messages.ContactDetails_overdue, ContactIds.OVERDUE, c -> {
			String overdue = OverdueText.tooltip((Contact) c);
			return overdue == null ? Messages.ContactDetails_overdueNone : overdue;
		});
	}

	private static final String HREF_EMAIL = "email"; //$NON-NLS-1$
	private static final String HREF_CALL = "call"; //$NON-NLS-1$
	private static final String HREF_PROFILE = "profile"; //$NON-NLS-1$

	/** "Write an email   Call   Open profile", each only when the contact has the address for it. */
	static String reachMarkup(Contact contact) {
		List<String> links = new java.util.ArrayList<>();
		if (!Reach.emails(List.of(contact)).isEmpty()) {
			links.add(link(HREF_EMAIL, Messages.ContactDetails_reachEmail));
		}
		if (Reach.tel(contact) != null) {
			links.add(link(HREF_CALL, Messages.ContactDetails_reachCall));
		}
		if (Reach.profile(contact) != null) {
			links.add(link(HREF_PROFILE, Messages.ContactDetails_reachProfile));
		}
		return links.isEmpty() ? Messages.ContactDetails_reachNone : String.join("    ", links); //$NON-NLS-1$
	}

	private static String link(String href, String text) {
		return "<a href=\"" + href + "\">" + text + "</a>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private NetworkingPlan plan() {
		return getEditor().getPlan();
	}

	static String cadenceText(Contact contact) {
		int days = FollowUpPreferences.current().cadenceOf(contact);
		return contact.getCadenceDays() > 0 ? NLS.bind(Messages.ContactDetails_effectiveCadenceOwn, days)
				: NLS.bind(Messages.ContactDetails_effectiveCadenceTier, days,
						contact.getTier() == null ? "" : RapportLabels.literal(contact.getTier())); //$NON-NLS-1$
	}

	static String lastContactText(Contact contact) {
		int days = contact.getDaysSinceContact();
		if (days < 0) {
			return Messages.ContactDetails_neverContacted;
		}
		String date = RapportLabels.date(contact.getLastContact());
		return switch (days) {
		case 0 -> NLS.bind(Messages.ContactDetails_lastContactToday, date);
		case 1 -> NLS.bind(Messages.ContactDetails_lastContactYesterday, date);
		default -> NLS.bind(Messages.ContactDetails_lastContactDays, date, days);
		};
	}

	static String balanceText(Contact contact) {
		int balance = contact.getGiveTakeBalance();
		if (balance == 0) {
			return Messages.ContactDetails_balanceEven;
		}
		return balance > 0 ? NLS.bind(Messages.ContactDetails_balanceGiven, balance)
				: NLS.bind(Messages.ContactDetails_balanceReceived, -balance);
	}
}
