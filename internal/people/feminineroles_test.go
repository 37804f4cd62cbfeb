package people

import "testing"

// TestFeminineRoleNouns pins rule feminineRoleNouns on invented Russian
// and Polish sentences: a woman's title, in the nominative or the
// genitive, is her role and no word of her name.
func TestFeminineRoleNouns(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"ru", "Чиновница министерства Ирина Велмова добавила, что проект уже готов.", "Ирина Велмова", "Чиновница министерства"},
		{"ru", "Проект одобрен, сообщил источник. По словам чиновницы мэрии Анны Велмовой, работы начнутся весной.", "Анна Велмова", "чиновницы мэрии"},
		{"pl", "Zdaniem posłanki opozycji Marty Velmskiej rząd spóźnił się o rok.", "Marta Velmska", "posłanki opozycji"},
		{"pl", "Według ekonomistki banku Anny Velmskiej ceny wzrosną.", "Anna Velmska", "ekonomistki banku"},
	}
	for _, tt := range tests {
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
}
