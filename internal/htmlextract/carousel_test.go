package htmlextract

import (
	"strings"
	"testing"
)

// carouselPage is an invented window cleaner's page whose testimonials
// slider was saved after its script ran: the script copied the last slide
// before the first and the first after the last, for its endless loop.
const carouselPage = `<!doctype html><html lang="en"><head><title>Window cleaning in Port Averly – Brightpane</title></head><body>
<nav><a href="/">Home</a> <a href="/services">Services</a></nav>
<main><h1>Window cleaning in Port Averly</h1>
<p>Brightpane has cleaned the windows of homes and shops along the Port Averly seafront since 2019, with purified water that leaves no streaks and no soap on the frames.</p>
<p>We come every four or eight weeks, clean frames and sills as well as the glass, and you pay only when the round is done.</p>
<h2>What our customers say</h2>
<div class="testimonials slick-slider"><div class="slick-list"><div class="slick-track">
<div class="slick-slide slick-cloned" data-slick-index="-1" aria-hidden="true"><blockquote><p>They even cleaned the conservatory roof without being asked. Spotless every time.</p><cite>Orla Penhallow</cite></blockquote></div>
<div class="slick-slide slick-current slick-active" data-slick-index="0"><blockquote><p>Reliable, friendly and the windows have never looked better after the winter storms.</p><cite>Dev Ashcombe</cite></blockquote></div>
<div class="slick-slide" data-slick-index="1"><blockquote><p>They even cleaned the conservatory roof without being asked. Spotless every time.</p><cite>Orla Penhallow</cite></blockquote></div>
<div class="slick-slide slick-cloned" data-slick-index="2" aria-hidden="true"><blockquote><p>Reliable, friendly and the windows have never looked better after the winter storms.</p><cite>Dev Ashcombe</cite></blockquote></div>
</div></div></div>
<p>Book a first clean by phone or through the form below; we reply within a working day.</p>
</main><footer><p>Brightpane Window Cleaning</p></footer></body></html>`

// TestCarouselClone: rule "carousel-clone". Each testimonial comes once,
// with its author, in the slider's own order.
func TestCarouselClone(t *testing.T) {
	a := mustExtract(t, carouselPage)
	for _, s := range []string{"Reliable, friendly", "Dev Ashcombe", "conservatory roof", "Orla Penhallow"} {
		if n := strings.Count(a.Text, s); n != 1 {
			t.Errorf("%q given %d times, want once:\n%s", s, n, a.Text)
		}
	}
	if i, j := strings.Index(a.Text, "Reliable, friendly"), strings.Index(a.Text, "conservatory roof"); i < 0 || j < 0 || i > j {
		t.Errorf("slides out of the slider's order:\n%s", a.Text)
	}
}

func TestCarouselCloneClasses(t *testing.T) {
	cases := []struct {
		v    string
		want bool
	}{
		{"slick-slide slick-cloned", true},
		{"swiper-slide swiper-slide-duplicate swiper-slide-duplicate-active", true},
		{"owl-item cloned", true},
		{"splide__slide splide__slide--clone", true},
		{"slick-slide slick-active", false},
		{"repo-clone-button", false}, // names a thing, not a copy
		{"duplicate-warning", false},
		{"", false},
	}
	for _, c := range cases {
		if got := carouselClone(c.v); got != c.want {
			t.Errorf("carouselClone(%q) = %v, want %v", c.v, got, c.want)
		}
	}
}
