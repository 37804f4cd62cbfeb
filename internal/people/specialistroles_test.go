package people

import "testing"

// TestSpecialistRoles pins rule specialistRoles on invented texts: a
// medical specialist or a scientist quoted as an expert has that role.
func TestSpecialistRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Amit Shah, a cardiologist at the hospital, said the findings were worrying.", "Amit Shah", "cardiologist at the hospital"},
		{"The outbreak is slowing, epidemiologist Lena Ruiz told reporters.", "Lena Ruiz", "epidemiologist"},
		{"Karen Holt, a volcanologist, said the island was safe.", "Karen Holt", "volcanologist"},
		{"Tom Reed, a chemist, agreed with the findings.", "Tom Reed", "chemist"},
		{"The river is running low, hydrologist Anna Berg said.", "Anna Berg", "hydrologist"},
	})
}
