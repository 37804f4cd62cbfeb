package input

import "testing"

func TestRepairMojibake(t *testing.T) {
	tests := []struct {
		name, in, want string
		repaired       bool
	}{
		{"cp1252 quotes and dash", "Investorâ€™s guide â€” a â€œplanâ€\u009d", "Investor’s guide — a “plan”", true},
		{"latin-1 C1 controls", "itertools â\u0080\u0094 tools; itâ\u0080\u0099s", "itertools — tools; it’s", true},
		{"accents and no-break space", "cafÃ© Ã\u00a0 la crÃ¨me,Â\u00a0ok", "café à la crème,\u00a0ok", true},
		{"a single example stays", "The bytes show up as Ã© on old sites.", "The bytes show up as Ã© on old sites.", false},
		{"clean French", "Le pâté à l'âge d'or, «déjà».", "Le pâté à l'âge d'or, «déjà».", false},
		{"German guillemets", "»Große Straße« und »Maß«", "»Große Straße« und »Maß«", false},
		{"ASCII", "plain text", "plain text", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := repairMojibake(tt.in)
			if got != tt.want || ok != tt.repaired {
				t.Errorf("repairMojibake(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.repaired)
			}
		})
	}
}

func TestDecodeRepairsDoubleEncoding(t *testing.T) {
	d := Decode([]byte("<meta charset=utf-8><title>Itâ€™s here â€” now</title>"), "", true)
	if d.Text != "<meta charset=utf-8><title>It’s here — now</title>" || len(d.Warnings) != 1 {
		t.Errorf("Decode = %q, warnings %q", d.Text, d.Warnings)
	}
}
