/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.store.PlanStore;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RelationshipStatus;

/**
 * Plans written before contacts had a relationship status and follow-ups a link to what answered them (the sample
 * plan as the release before wrote it, {@code data/migration/}): they load with nothing lost, every contact
 * active, and are saved and read again in the new model.
 */
class ModelOnePlansTest {

	@TempDir
	Path dir;

	@Test
	void aPlanWrittenBeforeStatusesLoadsWithEveryContactActiveAndNothingLost() throws Exception {
		Path file = dir.resolve("old.rapport");
		URL fixture = Platform.getBundle("org.rapport.core.tests").getEntry("data/migration/sample-written-by-model-1.0.rapport");
		try (InputStream in = fixture.openStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		String before = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(!before.contains("answeredBy") && !before.contains("prospect"), "written before the change");

		PlanStore store = new PlanStore();
		NetworkingPlan plan = store.load(file);
		assertEquals(50, plan.getContacts().size());
		assertEquals(count(before, "<contacts "), plan.getContacts().size());
		assertEquals(count(before, "<interactions "), plan.getInteractions().size());
		assertEquals(count(before, "<followUps "), plan.getFollowUps().size());
		for (Contact contact : plan.getContacts()) {
			assertEquals(RelationshipStatus.ACTIVE, contact.getStatus(), contact.getFullName() + " is active");
		}
		for (FollowUp followUp : plan.getFollowUps()) {
			assertNull(followUp.getAnsweredBy());
		}
		assertTrue(plan.getContacts().stream().anyMatch(c -> !c.getInteractions().isEmpty()), "the history is there");

		store.save(plan.eResource(), file);
		NetworkingPlan again = store.load(file);
		assertEquals(plan.getContacts().size(), again.getContacts().size());
		assertEquals(plan.getInteractions().size(), again.getInteractions().size());
		assertEquals(plan.getFollowUps().size(), again.getFollowUps().size());
		assertTrue(again.getContacts().stream().allMatch(c -> c.getStatus() == RelationshipStatus.ACTIVE));
	}

	private static int count(String text, String fragment) {
		int n = 0;
		for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
			n++;
		}
		return n;
	}
}
