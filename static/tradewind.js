// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // "Price negotiable" greys out the price fields it makes irrelevant.
  const negotiable = document.getElementById("negotiable");
  if (negotiable) {
    const priceFields = ["price_amount", "price_currency"].map((id) => document.getElementById(id));
    const sync = () => priceFields.forEach((el) => { if (el) el.disabled = negotiable.checked; });
    negotiable.addEventListener("change", sync);
    sync();
  }
});
