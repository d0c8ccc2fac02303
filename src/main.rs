fn main() {
    partner_center::boot::start();
}
