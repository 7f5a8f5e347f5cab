/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.migration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.store.PlanStore;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.model.resource.RapportResource;

/** A plan written by model 2.0 opens in model 2.1 (which only added features) with nothing lost. */
public class ModelTwoMigrationTest {

	@TempDir
	Path dir;

	@Test
	void aModelTwoPlanLoadsWhole_andIsSavedInTheCurrentNamespace() throws Exception {
		NetworkingPlan plan = SamplePlan.create(java.time.LocalDate.of(2026, 3, 20));
		Path file = dir.resolve("plan.rapport");
		new PlanStore().save(EcoreUtil.copy(plan), file);
		String current = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(current.contains(RapportPackage.eNS_URI));
		Files.writeString(file, current.replace(RapportPackage.eNS_URI, RapportResource.MODEL_2_0_NS_URI),
				StandardCharsets.UTF_8);

		NetworkingPlan loaded = new PlanStore().load(file);
		assertFalse(PlanStore.hasUnknownContent(loaded), "everything model 2.0 wrote is known");
		assertTrue(EcoreUtil.equals(plan, loaded), "the same plan");

		new PlanStore().save(loaded, file);
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.contains(RapportPackage.eNS_URI) && !saved.contains(RapportResource.MODEL_2_0_NS_URI));
	}
}
