export { hotlineQrText, placeQrText, serviceQrText, type ShareContext } from './qrText'
export { useShareText, type ShareText } from './useShareText'
