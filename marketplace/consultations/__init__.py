"""Video consultations: times proposed and booked on a thread, a browser video room with
chat and shared notes (WebRTC, signalled through Tradewind), and the record afterwards."""
