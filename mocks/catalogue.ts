/**
 * Fixed word lists of the demo store: its product catalogue, names and places. The seeded
 * generator (`data.ts`) draws from these.
 */
import type { Currency } from "../shared/store_api.ts";

/** A catalogue entry before stock and rating are drawn: [name, USD price, warranty months]. */
export type ProductSeed = readonly [name: string, price: number, warrantyMonths: number];

/** The catalogue by category: code (sku prefix) and ten products each. */
export const CATALOGUE: Readonly<
  Record<string, { code: string; products: readonly ProductSeed[] }>
> = {
  Audio: {
    code: "AUD",
    products: [
      ["Wireless Earbuds Pro", 129.99, 12],
      ["Noise-Cancelling Headphones", 249.0, 24],
      ["Portable Bluetooth Speaker", 79.5, 12],
      ["Studio Monitor Headphones", 159.0, 24],
      ["Smart Speaker Mini", 49.99, 12],
      ["Soundbar 2.1", 199.0, 24],
      ["Kids Volume-Limited Headphones", 29.99, 6],
      ["Waterproof Shower Speaker", 24.99, 6],
      ["USB Podcast Microphone", 89.0, 12],
      ["Vinyl Turntable", 179.0, 24],
    ],
  },
  Computing: {
    code: "CMP",
    products: [
      ["Mechanical Keyboard", 109.0, 24],
      ["Ergonomic Wireless Mouse", 39.99, 12],
      ["27-inch 4K Monitor", 329.0, 36],
      ["USB-C Docking Station", 149.0, 24],
      ["Laptop Stand Aluminium", 45.0, 12],
      ["1TB Portable SSD", 99.99, 36],
      ["HD Webcam", 59.0, 12],
      ["Wi-Fi 6 Mesh Router", 219.0, 24],
      ["Graphics Drawing Tablet", 79.0, 12],
      ["Laptop Sleeve 14-inch", 19.99, 6],
    ],
  },
  Home: {
    code: "HOM",
    products: [
      ["Smart LED Bulb 4-Pack", 34.99, 12],
      ["Robot Vacuum Cleaner", 299.0, 24],
      ["Air Purifier HEPA", 139.0, 24],
      ["Memory Foam Pillow", 39.0, 6],
      ["Linen Duvet Cover Set", 89.0, 6],
      ["Aroma Diffuser", 27.5, 6],
      ["Wall Clock Oak", 42.0, 12],
      ["Cordless Stick Vacuum", 189.0, 24],
      ["Blackout Curtains", 49.0, 6],
      ["Smart Thermostat", 169.0, 36],
    ],
  },
  Kitchen: {
    code: "KIT",
    products: [
      ["Espresso Machine", 399.0, 24],
      ["Burr Coffee Grinder", 119.0, 24],
      ["Chef's Knife 8-inch", 69.0, 60],
      ["Cast Iron Skillet", 44.99, 120],
      ["Electric Kettle", 54.0, 12],
      ["Air Fryer 5L", 129.0, 24],
      ["Stand Mixer", 349.0, 36],
      ["Glass Food Containers Set", 32.0, 6],
      ["Bamboo Cutting Board", 24.0, 6],
      ["Milk Frother", 29.0, 12],
    ],
  },
  Outdoors: {
    code: "OUT",
    products: [
      ["Trail Running Shoes", 124.0, 6],
      ["Insulated Water Bottle", 34.0, 12],
      ["Two-Person Tent", 219.0, 24],
      ["Down Sleeping Bag", 189.0, 24],
      ["Hiking Backpack 40L", 139.0, 24],
      ["Rain Jacket", 149.0, 12],
      ["Camping Stove", 64.0, 12],
      ["LED Head Torch", 29.99, 12],
      ["Yoga Mat", 39.0, 6],
      ["Fitness Tracker Band", 89.0, 12],
    ],
  },
};

/** First names of generated customers. */
export const FIRST_NAMES = [
  "Olivia",
  "Liam",
  "Ava",
  "Noah",
  "Sophia",
  "James",
  "Isabella",
  "Lucas",
  "Mia",
  "Ethan",
  "Amelia",
  "Mason",
  "Harper",
  "Logan",
  "Ella",
  "Aiden",
  "Chloe",
  "Daniel",
  "Grace",
  "Henry",
  "Zoe",
  "Samuel",
  "Nora",
  "David",
  "Lily",
  "Omar",
  "Priya",
  "Kenji",
  "Fatima",
  "Mateo",
  "Ingrid",
  "Lars",
  "Chiara",
  "Pierre",
  "Aisha",
  "Tomasz",
  "Yuki",
  "Rafael",
  "Hannah",
  "Oscar",
] as const;

/** Last names of generated customers. */
export const LAST_NAMES = [
  "Smith",
  "Garcia",
  "Brown",
  "Martin",
  "Lee",
  "Walker",
  "Patel",
  "Nguyen",
  "Kim",
  "Rossi",
  "Müller",
  "Dubois",
  "Novak",
  "Silva",
  "Khan",
  "Andersen",
  "Taylor",
  "Clark",
  "Lewis",
  "Young",
  "Hall",
  "Allen",
  "Wright",
  "Scott",
  "Baker",
  "Adams",
  "Nelson",
  "Hill",
  "Campbell",
  "Evans",
] as const;

/** A place customers live in: city, region, postcode pattern (# = digit), country. */
export interface Place {
  city: string;
  region: string | null;
  postcode: string;
  country: string;
  currency: Currency;
}

/** Cities of generated customers; most are in the US. */
export const PLACES: readonly Place[] = [
  { city: "Seattle", region: "WA", postcode: "981##", country: "US", currency: "USD" },
  { city: "Austin", region: "TX", postcode: "787##", country: "US", currency: "USD" },
  { city: "Chicago", region: "IL", postcode: "606##", country: "US", currency: "USD" },
  { city: "Denver", region: "CO", postcode: "802##", country: "US", currency: "USD" },
  { city: "Boston", region: "MA", postcode: "021##", country: "US", currency: "USD" },
  { city: "Atlanta", region: "GA", postcode: "303##", country: "US", currency: "USD" },
  { city: "Portland", region: "OR", postcode: "972##", country: "US", currency: "USD" },
  { city: "New York", region: "NY", postcode: "100##", country: "US", currency: "USD" },
  { city: "San Diego", region: "CA", postcode: "921##", country: "US", currency: "USD" },
  { city: "Minneapolis", region: "MN", postcode: "554##", country: "US", currency: "USD" },
  { city: "London", region: null, postcode: "EC1A #BB", country: "GB", currency: "GBP" },
  { city: "Manchester", region: null, postcode: "M# #AB", country: "GB", currency: "GBP" },
  { city: "Berlin", region: null, postcode: "10###", country: "DE", currency: "EUR" },
  { city: "Paris", region: null, postcode: "750##", country: "FR", currency: "EUR" },
  { city: "Amsterdam", region: null, postcode: "10## AB", country: "NL", currency: "EUR" },
  { city: "Milan", region: null, postcode: "201##", country: "IT", currency: "EUR" },
];

/** Street names for addresses. */
export const STREETS = [
  "Maple Street",
  "Oak Avenue",
  "Cedar Lane",
  "Pine Road",
  "Elm Street",
  "Lake View Drive",
  "Hill Crescent",
  "River Walk",
  "Station Road",
  "Market Street",
  "Park Lane",
  "Mill Way",
] as const;

/** Carriers and the hub cities their scans come from. */
export const CARRIERS: Readonly<Record<string, readonly string[]>> = {
  UPS: ["Louisville, KY", "Ontario, CA", "Dallas, TX", "Philadelphia, PA"],
  FedEx: ["Memphis, TN", "Indianapolis, IN", "Oakland, CA", "Newark, NJ"],
  DHL: ["Cincinnati, OH", "Leipzig, DE", "East Midlands, GB", "Los Angeles, CA"],
  USPS: ["Chicago, IL", "Denver, CO", "Atlanta, GA", "Seattle, WA"],
};

/** USD to the order currency. */
export const FX: Readonly<Record<Currency, number>> = { USD: 1, EUR: 0.92, GBP: 0.79 };

/** What customers got in touch about, by history kind. */
export const HISTORY_TOPICS = {
  inquiry: [
    "Asked about delivery times",
    "Asked how to use a discount code",
    "Asked about product compatibility",
    "Asked to update the email address",
  ],
  complaint: [
    "Complained that a parcel arrived late",
    "Complained about a missing item",
    "Complained that the packaging was damaged",
    "Complained about slow support replies",
    "Complained that the product did not match the description",
  ],
} as const;
