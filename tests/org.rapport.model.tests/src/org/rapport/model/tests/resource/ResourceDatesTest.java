/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.rapport.model.Interaction;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.resource.RapportResource;

/**
 * A plan resource reads and writes dates itself (issue 17): the text must be EMF's, to the character, and every
 * form EMF reads must still read as EMF reads it.
 */
class ResourceDatesTest {

	private static final EcoreFactory ECORE = EcoreFactory.eINSTANCE;

	@Test
	void writesAndReadsDatesAsEmf() throws Exception {
		Random random = new Random(42);
		NetworkingPlan plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		long from = -15_000_000_000_000L; // 1494, before the Gregorian calendar
		long to = 260_000_000_000_000L; // 10208, after four-digit years
		for (int i = 0; i < 1200; i++) {
			Interaction interaction = RapportFactory.eINSTANCE.createInteraction();
			long time = i < 800 ? 946_684_800_000L + (long) (random.nextDouble() * 3_000_000_000_000L)
					: from + (long) (random.nextDouble() * (to - from));
			interaction.setDate(new Date(time));
			plan.getInteractions().add(interaction);
		}
		RapportResource resource = new RapportResource(URI.createURI("memory:/dates.rapport")); //$NON-NLS-1$
		resource.getContents().add(plan);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		String text = out.toString(StandardCharsets.UTF_8);
		int at = 0;
		for (Interaction interaction : plan.getInteractions()) {
			String emf = ECORE.convertToString(EcorePackage.Literals.EDATE, interaction.getDate());
			at = text.indexOf("date=\"" + emf + "\"", at); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(true, at >= 0, () -> "written as EMF writes it: " + emf); //$NON-NLS-1$
		}
		RapportResource back = new RapportResource(URI.createURI("memory:/back.rapport")); //$NON-NLS-1$
		back.load(new ByteArrayInputStream(out.toByteArray()), null);
		List<Interaction> read = ((NetworkingPlan) back.getContents().get(0)).getInteractions();
		for (int i = 0; i < read.size(); i++) {
			Date written = plan.getInteractions().get(i).getDate();
			Date expected = (Date) ECORE.createFromString(EcorePackage.Literals.EDATE,
					ECORE.convertToString(EcorePackage.Literals.EDATE, written));
			assertEquals(expected, read.get(i).getDate());
		}
	}

	@Test
	void readsEveryFormEmfReads() throws Exception {
		List<String> values = List.of("2026-12-07T09:30:00.000+0000", "2026-12-07T09:30:00.000-0530", //$NON-NLS-1$ //$NON-NLS-2$
				"2026-12-07T23:59:59.999+2359", "2024-02-29T00:00:00.000+0100", "2026-02-30T00:00:00.000+0000", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"2026-13-01T00:00:00.000+0000", "2026-12-07T24:00:00.000+0000", "2026-12-07T09:30:00.000", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"2026-12-07T09:30:00", "2026-12-07T09:30", "2026-12-07", "1500-06-01T00:00:00.000+0000", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"0001-01-01T00:00:00.000+0000", "2026-12-07T09:30:00.000+0000 ", "2026-12-07T09:30:00.000Z+000"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (String value : values) {
			String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rapport:NetworkingPlan xmi:version=\"2.0\"" //$NON-NLS-1$
					+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:rapport=\"" + org.rapport.model.RapportPackage.eNS_URI //$NON-NLS-1$
					+ "\" horizonStart=\"" + value + "\"/>"; //$NON-NLS-1$ //$NON-NLS-2$
			RapportResource resource = new RapportResource(URI.createURI("memory:/forms.rapport")); //$NON-NLS-1$
			resource.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
			Date read = ((NetworkingPlan) resource.getContents().get(0)).getHorizonStart();
			assertEquals(ECORE.createFromString(EcorePackage.Literals.EDATE, value), read, value);
		}
	}
}
